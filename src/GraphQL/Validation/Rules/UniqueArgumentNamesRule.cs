using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>A field or directive is given each argument once (spec §5.4.2 Argument Uniqueness).</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(INode node)
        {
            var arguments = node switch
            {
                FieldNode field => field.Arguments,
                DirectiveNode directive => directive.Arguments,
                _ => null,
            };
            if (arguments is { Count: > 1 })
            {
                foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
                {
                    if (group.Count() > 1)
                    {
                        context.ReportError($"There can be only one argument named \"{group.Key}\".", group.Select(a => a.Name));
                    }
                }
            }

            return true;
        }
    }
}

using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>An operation declares each variable once (spec §5.8.1 Variable Uniqueness).</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(INode node)
        {
            if (node is OperationDefinitionNode operation)
            {
                foreach (var group in operation.VariableDefinitions.GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal))
                {
                    if (group.Count() > 1)
                    {
                        context.ReportError($"There can be only one variable named \"${group.Key}\".", group.Select(d => d.Variable.Name));
                    }
                }
            }

            return true;
        }
    }
}

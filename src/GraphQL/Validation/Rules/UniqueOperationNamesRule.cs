using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>No two operations share a name (spec §5.2.1.1 Operation Name Uniqueness).</summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override bool Enter(INode node)
        {
            switch (node)
            {
                case OperationDefinitionNode { Name: { } name }:
                    if (_known.TryGetValue(name.Value, out var first))
                    {
                        context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                    }
                    else
                    {
                        _known[name.Value] = name;
                    }

                    return false;
                case OperationDefinitionNode or FragmentDefinitionNode:
                    return false;
                default:
                    return true;
            }
        }
    }
}

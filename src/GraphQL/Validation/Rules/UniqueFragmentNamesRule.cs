using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>No two fragments share a name (spec §5.5.1.1 Fragment Name Uniqueness).</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override bool Enter(INode node)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    return false;
                case FragmentDefinitionNode fragment:
                    var name = fragment.Name;
                    if (_known.TryGetValue(name.Value, out var first))
                    {
                        context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
                    }
                    else
                    {
                        _known[name.Value] = name;
                    }

                    return false;
                default:
                    return true;
            }
        }
    }
}

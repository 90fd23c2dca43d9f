using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>An input object literal gives each field once (spec §5.6.3 Input Object Field Uniqueness).</summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Stack<Dictionary<string, NameNode>> _knownNames = new();

        public override bool Enter(INode node)
        {
            switch (node)
            {
                case ObjectValueNode:
                    _knownNames.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
                    break;
                case ObjectFieldNode field when _knownNames.TryPeek(out var known):
                    if (known.TryGetValue(field.Name.Value, out var first))
                    {
                        context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                    }
                    else
                    {
                        known[field.Name.Value] = field.Name;
                    }

                    break;
            }

            return true;
        }

        public override void Leave(INode node)
        {
            if (node is ObjectValueNode)
            {
                _knownNames.Pop();
            }
        }
    }
}

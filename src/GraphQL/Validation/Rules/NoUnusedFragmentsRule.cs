using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Every fragment is reached from some operation (spec §5.5.1.4 Fragments Must Be Used).</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override bool Enter(INode node)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    return false;
                case FragmentDefinitionNode fragment:
                    _fragments.Add(fragment);
                    return false;
                default:
                    return true;
            }
        }

        public override void Leave(INode node)
        {
            if (node is not DocumentNode)
            {
                return;
            }

            var used = context.GetRecursivelyReferencedFragments(_operations).Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        }
    }
}

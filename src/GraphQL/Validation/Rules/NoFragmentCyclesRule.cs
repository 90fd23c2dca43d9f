using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Fragment spreads never lead back to the fragment they start from (spec §5.5.2.2 Fragment spreads must not form cycles).</summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // Each fragment is explored once, which keeps the search linear and reports each cycle once.
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        public override bool Enter(INode node)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    return false;
                case FragmentDefinitionNode fragment:
                    DetectCycles(fragment);
                    return false;
                default:
                    return true;
            }
        }

        /// <summary>Depth-first search that keeps going after a cycle, to find them all.</summary>
        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName))
            {
                return;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } target)
                    {
                        DetectCycles(target);
                    }
                }
                else
                {
                    var cyclePath = _spreadPath[cycleIndex..];
                    var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                    context.ReportError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        cyclePath);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _spreadPathIndexByName.Remove(fragmentName);
        }
    }
}

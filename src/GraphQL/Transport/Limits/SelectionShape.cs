using Headless.GraphQL.Language;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// Counts over an operation's selections as if its fragments were written out where spread. Each fragment is
/// measured once and its result reused, so a document that spreads fragments within fragments costs linear time
/// to measure even when its expansion is exponential (validation has already ruled out cycles).
/// </summary>
internal sealed class SelectionShape
{
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Deepest> _depths = new(StringComparer.Ordinal);

    public SelectionShape(DocumentNode document)
    {
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    /// <summary>Aliased fields, fragments counted once per spread (saturating, never overflowing).</summary>
    public long CountAliases(SelectionSetNode selectionSet)
    {
        long count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            count = Saturating.Add(count, selection switch
            {
                FieldNode field => (field.Alias is null ? 0 : 1) + (field.SelectionSet is null ? 0 : CountAliases(field.SelectionSet)),
                InlineFragmentNode inline => CountAliases(inline.SelectionSet),
                FragmentSpreadNode spread => Memo(_aliases, spread, CountAliases, 0),
                _ => 0,
            });
        }

        return count;
    }

    /// <summary>Fields selected directly on <paramref name="selectionSet"/>'s type, through fragments, <c>__typename</c> aside.</summary>
    public long CountFields(SelectionSetNode selectionSet)
    {
        long count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            count = Saturating.Add(count, selection switch
            {
                FieldNode field => field.Name.Value == "__typename" ? 0 : 1,
                InlineFragmentNode inline => CountFields(inline.SelectionSet),
                FragmentSpreadNode spread => Memo(_fields, spread, CountFields, 0),
                _ => 0,
            });
        }

        return count;
    }

    /// <summary>The longest chain of nested fields and the response keys along it.</summary>
    public Deepest Depth(SelectionSetNode selectionSet)
    {
        var deepest = Deepest.None;
        foreach (var selection in selectionSet.Selections)
        {
            var candidate = selection switch
            {
                FieldNode field => Deepest.Under(field, field.SelectionSet is null ? Deepest.None : Depth(field.SelectionSet)),
                InlineFragmentNode inline => Depth(inline.SelectionSet),
                FragmentSpreadNode spread => Memo(_depths, spread, Depth, Deepest.None),
                _ => Deepest.None,
            };
            if (candidate.Levels > deepest.Levels)
            {
                deepest = candidate;
            }
        }

        return deepest;
    }

    public FragmentDefinitionNode? Fragment(string name) => _fragments.GetValueOrDefault(name);

    private T Memo<T>(Dictionary<string, T> memo, FragmentSpreadNode spread, Func<SelectionSetNode, T> measure, T unknown)
    {
        var name = spread.Name.Value;
        if (memo.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment))
        {
            return unknown;
        }

        var measured = measure(fragment.SelectionSet);
        memo[name] = measured;
        return measured;
    }

    /// <summary>A depth with the path that reaches it, for the refusal message.</summary>
    public readonly record struct Deepest(int Levels, string Path)
    {
        public static Deepest None => new(0, "");

        public static Deepest Under(FieldNode field, Deepest child)
        {
            var key = field.Alias?.Value ?? field.Name.Value;
            return new Deepest(child.Levels + 1, child.Levels == 0 ? key : key + "." + child.Path);
        }
    }
}

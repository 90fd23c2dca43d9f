namespace Headless.Infrastructure.Catalog;

/// <summary>
/// The whole category tree of one read, with product counts that include descendants. Categories are few and
/// read everywhere (menus, breadcrumbs, filters), so the tree is loaded in one statement and walked in memory.
/// </summary>
public sealed class CategoryTree
{
    private readonly Dictionary<Guid, CategoryRecord> _byId;
    private readonly Dictionary<string, CategoryRecord> _bySlug;
    private readonly ILookup<Guid?, CategoryRecord> _children;
    private readonly Dictionary<Guid, int> _productCounts = [];

    public CategoryTree(IEnumerable<CategoryRecord> categories)
    {
        var all = categories.OrderBy(c => c.Position).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        _byId = all.ToDictionary(c => c.Id);
        _bySlug = all.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        _children = all.ToLookup(c => c.ParentId);
    }

    public IReadOnlyList<CategoryRecord> Roots => [.. _children[null]];

    public CategoryRecord? ById(Guid id) => _byId.GetValueOrDefault(id);

    public CategoryRecord? BySlug(string slug) => _bySlug.GetValueOrDefault(slug);

    public IReadOnlyList<CategoryRecord> Children(Guid id) => [.. _children[id]];

    /// <summary>From the root down to the parent of <paramref name="id"/>.</summary>
    public IReadOnlyList<CategoryRecord> Ancestors(Guid id)
    {
        var chain = new List<CategoryRecord>();
        for (var parentId = ById(id)?.ParentId; parentId is { } pid && _byId.TryGetValue(pid, out var parent); parentId = parent.ParentId)
        {
            if (chain.Contains(parent))
            {
                break; // a corrupt cycle must not hang the request
            }

            chain.Add(parent);
        }

        chain.Reverse();
        return chain;
    }

    public IReadOnlyList<Guid> SelfAndDescendantIds(Guid id)
    {
        var ids = new List<Guid>();
        var pending = new Stack<Guid>([id]);
        while (pending.TryPop(out var next))
        {
            if (!_byId.ContainsKey(next) || ids.Contains(next))
            {
                continue;
            }

            ids.Add(next);
            foreach (var child in _children[next])
            {
                pending.Push(child.Id);
            }
        }

        return ids;
    }

    /// <summary>Products listed in the category or any category below it.</summary>
    public int ProductCount(Guid id)
    {
        if (!_productCounts.TryGetValue(id, out var count))
        {
            count = SelfAndDescendantIds(id).Sum(c => _byId[c].DirectProductCount);
            _productCounts[id] = count;
        }

        return count;
    }
}

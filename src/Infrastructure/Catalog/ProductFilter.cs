using Headless.Domain.Catalog;

namespace Headless.Infrastructure.Catalog;

/// <summary>
/// Which products to list; every condition given must hold. <see cref="CategoryIds"/> are matched as given:
/// expand a category to its descendants with <see cref="CategoryTree.SelfAndDescendantIds"/> first.
/// </summary>
public sealed record ProductFilter
{
    public IReadOnlyCollection<Guid>? CategoryIds { get; init; }

    public decimal? MinPrice { get; init; }

    public decimal? MaxPrice { get; init; }

    public bool InStockOnly { get; init; }

    public IReadOnlyList<OptionCondition> Options { get; init; } = [];

    public IReadOnlyCollection<ProductKind>? Kinds { get; init; }

    public IReadOnlyList<ProductFilter> And { get; init; } = [];

    public IReadOnlyList<ProductFilter> Or { get; init; } = [];
}

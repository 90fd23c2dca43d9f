namespace Headless.Infrastructure.Catalog;

/// <summary>One sort key of a product list.</summary>
public sealed record ProductOrder(ProductSortField Field, bool Descending = false)
{
    public override string ToString() => $"{Field}:{(Descending ? "DESC" : "ASC")}";
}

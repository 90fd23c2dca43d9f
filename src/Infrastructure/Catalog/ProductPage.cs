namespace Headless.Infrastructure.Catalog;

/// <summary>One page of a product list.</summary>
public sealed record ProductPage(IReadOnlyList<ProductEdgeRecord> Edges, bool HasNextPage, bool HasPreviousPage)
{
    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;

    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
}

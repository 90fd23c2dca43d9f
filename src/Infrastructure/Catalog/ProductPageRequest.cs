namespace Headless.Infrastructure.Catalog;

/// <summary>A Relay connection request for products: <c>first</c>/<c>after</c> forwards or <c>last</c>/<c>before</c> backwards.</summary>
public sealed record ProductPageRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int? First { get; init; }

    public string? After { get; init; }

    public int? Last { get; init; }

    public string? Before { get; init; }

    public ProductFilter? Filter { get; init; }

    /// <summary>Empty: relevance when searching, otherwise name. The product id always breaks ties.</summary>
    public IReadOnlyList<ProductOrder> Order { get; init; } = [];

    public string? Search { get; init; }
}

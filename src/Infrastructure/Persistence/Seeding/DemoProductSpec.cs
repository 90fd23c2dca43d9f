using Headless.Domain.Catalog;

namespace Headless.Infrastructure.Persistence.Seeding;

/// <summary>
/// One demo product, described compactly: every combination of the axes' values becomes a variant
/// priced at <see cref="BasePrice"/> plus the value deltas.
/// </summary>
internal sealed record DemoProductSpec(
    string Category,
    string Slug,
    string Name,
    string Brand,
    ProductKind Kind,
    decimal BasePrice,
    string Tagline,
    IReadOnlyList<DemoAxis> Axes,
    IReadOnlyList<(string Name, string Value)> Attributes);

using Headless.Domain.Catalog;

namespace Headless.Infrastructure.Catalog;

/// <summary>The columns of a product a storefront reads; its variants, images and attributes are loaded by key.</summary>
public sealed record ProductRecord(
    Guid Id,
    string Slug,
    string Name,
    string Description,
    ProductKind Kind,
    Guid CategoryId,
    DateTimeOffset CreatedAt,
    int PopularityScore,
    ServiceRecipient? RecipientField = null,
    string? RecipientCountry = null)
{
    public bool RequiresShipping => Kind == ProductKind.Physical;
}

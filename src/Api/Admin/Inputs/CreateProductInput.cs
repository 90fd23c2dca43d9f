namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>CreateProductInput</c> input.</summary>
internal sealed record CreateProductInput(
    string Slug,
    string Name,
    string? Description,
    Headless.Domain.Catalog.ProductKind? Kind,
    string CategoryId,
    bool? Published,
    IReadOnlyList<ProductImageInput>? Images,
    IReadOnlyList<NameValueInput>? Attributes,
    IReadOnlyList<ProductVariantInput>? Variants,
    string? IdempotencyKey);

namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>UpdateProductInput</c> input.</summary>
internal sealed record UpdateProductInput(
    string Id,
    string? Slug,
    string? Name,
    string? Description,
    string? CategoryId,
    IReadOnlyList<ProductImageInput>? Images,
    IReadOnlyList<NameValueInput>? Attributes);

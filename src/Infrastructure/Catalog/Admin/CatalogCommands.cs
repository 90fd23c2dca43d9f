using Headless.Domain.Catalog;
using Headless.Domain.Common;

namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>An image of a product: an absolute http(s) URL and its alt text.</summary>
public sealed record ImageSpec(string Url, string AltText);

/// <summary>A name and a value: a product attribute or a variant option.</summary>
public sealed record NameValue(string Name, string Value);

/// <summary>A variant to add: its SKU, prices and options.</summary>
public sealed record VariantSpec(string Sku, Money Price, Money? CompareAtPrice, IReadOnlyList<NameValue> Options);

/// <summary>A product to create, with its first variants.</summary>
public sealed record ProductSpec(
    string Slug,
    string Name,
    string? Description,
    ProductKind Kind,
    Guid CategoryId,
    bool Publish,
    IReadOnlyList<ImageSpec> Images,
    IReadOnlyList<NameValue> Attributes,
    IReadOnlyList<VariantSpec> Variants);

/// <summary>What to change on a product; null leaves a field as it is, a list replaces the whole list.</summary>
public sealed record ProductChanges(
    string? Slug,
    string? Name,
    string? Description,
    Guid? CategoryId,
    IReadOnlyList<ImageSpec>? Images,
    IReadOnlyList<NameValue>? Attributes);

using Headless.Domain.Catalog;
using Headless.Domain.Common;

namespace Headless.Infrastructure.Catalog;

/// <summary>
/// A variant as the storefront reads it, with its options, prices and the stock summed over locations.
/// <see cref="Available"/> is null when the product's kind is not stocked (digital goods, services).
/// </summary>
public sealed record VariantRecord(
    Guid Id,
    Guid ProductId,
    string Sku,
    int Position,
    ProductKind ProductKind,
    Money Price,
    Money? CompareAtPrice,
    IReadOnlyList<OptionRecord> Options,
    int? Available)
{
    public Availability Availability => Availability.Of(Available);
}

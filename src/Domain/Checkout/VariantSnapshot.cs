using Headless.Domain.Catalog;
using Headless.Domain.Common;

namespace Headless.Domain.Checkout;

/// <summary>What checkout needs to know about a variant right now: its current price and how it is delivered.</summary>
public sealed record VariantSnapshot(
    Guid VariantId,
    Guid ProductId,
    string Sku,
    string ProductName,
    string? VariantTitle,
    Money UnitPrice,
    bool RequiresShipping,
    bool TracksInventory,
    ProductKind Kind);

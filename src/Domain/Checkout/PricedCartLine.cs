using Headless.Domain.Common;

namespace Headless.Domain.Checkout;

public sealed record PricedCartLine(Guid LineId, VariantSnapshot Variant, int Quantity, Money LineTotal, string? Recipient = null);

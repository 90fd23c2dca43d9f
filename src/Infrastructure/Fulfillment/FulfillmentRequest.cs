using Headless.Domain.Catalog;

namespace Headless.Infrastructure.Fulfillment;

/// <summary>
/// Deliver one order line that is not shipped: credit a top-up, activate a data package, change a plan, issue a code.
/// <see cref="Recipient"/> is the phone number or account number the shopper gave (personal data: never logged).
/// </summary>
public sealed record FulfillmentRequest(
    string IdempotencyKey,
    string OrderNumber,
    Guid OrderLineId,
    string Sku,
    string ProductName,
    ProductKind? Kind,
    int Quantity,
    decimal Amount,
    string Currency,
    string? Recipient)
{
    // Records print their members; keep the recipient out of any log line that prints a request.
    public override string ToString() => $"Fulfil {Quantity} × {Sku} for {OrderNumber} (key {IdempotencyKey})";
}

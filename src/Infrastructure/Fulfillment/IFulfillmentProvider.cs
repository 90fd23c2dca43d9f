namespace Headless.Infrastructure.Fulfillment;

/// <summary>
/// A service operator or code issuer. Repeating a call with the same idempotency key returns the first answer and
/// delivers nothing twice, so the pipeline may retry freely.
/// </summary>
public interface IFulfillmentProvider
{
    string Name { get; }

    Task<FulfillmentResult> FulfillAsync(FulfillmentRequest request, CancellationToken ct = default);
}

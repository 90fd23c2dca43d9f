namespace Headless.Infrastructure.Payments;

/// <summary>
/// A payment service. Every call carries an idempotency key: repeating a call with the same key returns the
/// first answer and moves no money twice, so callers may retry freely after a transient failure.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>Stored with each payment, e.g. "sandbox".</summary>
    string Name { get; }

    /// <summary>The payment methods (<c>PaymentInput.method</c>) this provider takes, e.g. "card".</summary>
    IReadOnlyList<string> Methods { get; }

    Task<PaymentResult> AuthorizeAsync(AuthorizeRequest request, CancellationToken ct = default);

    Task<PaymentResult> CaptureAsync(CaptureRequest request, CancellationToken ct = default);

    Task<PaymentResult> RefundAsync(RefundRequest request, CancellationToken ct = default);

    Task<PaymentResult> VoidAsync(VoidRequest request, CancellationToken ct = default);
}

using System.Security.Cryptography;

namespace Headless.Infrastructure.Payments;

/// <summary>
/// Cash paid to the carrier at the door. Nobody holds money before then, so "authorized" only means the order may
/// go out; the capture is the carrier's confirmation that the parcel was delivered and paid for, which the pipeline
/// asks for after DELIVERED and never earlier. Stateless: every answer follows from the reference alone, so repeats
/// (a retried step, another instance) agree.
/// </summary>
public sealed class CashOnDeliveryProvider : IPaymentProvider
{
    public const string ProviderName = "cash-on-delivery";
    public const string ReferencePrefix = "cod_";

    public string Name => ProviderName;

    public IReadOnlyList<string> Methods { get; } = [PaymentMethodCodes.CashOnDelivery];

    public Task<PaymentResult> AuthorizeAsync(AuthorizeRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(new PaymentResult(PaymentOutcome.Authorized, ReferencePrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))));
    }

    public Task<PaymentResult> CaptureAsync(CaptureRequest request, CancellationToken ct = default) =>
        Task.FromResult(Known(request.AuthorizationId, PaymentOutcome.Captured));

    public Task<PaymentResult> RefundAsync(RefundRequest request, CancellationToken ct = default) =>
        Task.FromResult(Known(request.AuthorizationId, PaymentOutcome.Refunded));

    public Task<PaymentResult> VoidAsync(VoidRequest request, CancellationToken ct = default) =>
        Task.FromResult(Known(request.AuthorizationId, PaymentOutcome.Voided));

    private static PaymentResult Known(string reference, PaymentOutcome outcome) =>
        reference.StartsWith(ReferencePrefix, StringComparison.Ordinal)
            ? new PaymentResult(outcome, reference)
            : new PaymentResult(PaymentOutcome.Declined, reference, "Unknown cash-on-delivery reference.");
}

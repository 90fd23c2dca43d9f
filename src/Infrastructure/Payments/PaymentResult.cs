namespace Headless.Infrastructure.Payments;

/// <summary>A provider's answer. <see cref="AuthorizationId"/> identifies the payment with the provider from then on.</summary>
public sealed record PaymentResult(PaymentOutcome Outcome, string? AuthorizationId, string? Message = null)
{
    public bool IsTransient => Outcome == PaymentOutcome.TransientFailure;
}

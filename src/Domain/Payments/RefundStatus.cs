namespace Headless.Domain.Payments;

public enum RefundStatus
{
    /// <summary>The amount is held against the payment; the provider has not answered yet (a repeat with the same key resumes it).</summary>
    Pending,
    Succeeded,

    /// <summary>The provider refused; the held amount is refundable again.</summary>
    Failed,
}

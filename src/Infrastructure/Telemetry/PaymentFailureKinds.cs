namespace Headless.Infrastructure.Telemetry;

/// <summary>The bounded values of the <c>payment.failure</c> label.</summary>
public static class PaymentFailureKinds
{
    /// <summary>The provider refused the payment at checkout.</summary>
    public const string Declined = "declined";

    /// <summary>The provider could not be reached or kept failing at checkout.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>The provider reported a failure later (a webhook).</summary>
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> All = [Declined, Unavailable, Failed];
}

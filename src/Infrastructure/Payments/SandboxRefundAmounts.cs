namespace Headless.Infrastructure.Payments;

/// <summary>
/// Refund amounts the sandbox provider answers "pending" for (only the sandbox: a real provider decides for itself),
/// so the background follow-up of refunds can be tried by hand and in tests. By the cents of the amount.
/// </summary>
public static class SandboxRefundAmounts
{
    /// <summary>Cents ending a refund that is pending for the first two asks, then succeeds (e.g. <c>1.07</c>).</summary>
    public const int PendingThenSucceeds = 7;

    /// <summary>Cents ending a refund that is pending for the first ask, then refused (e.g. <c>1.13</c>).</summary>
    public const int PendingThenFails = 13;

    /// <summary>How many asks about a refund of this amount answer pending.</summary>
    public static int PendingAnswers(decimal amount) => Cents(amount) switch
    {
        PendingThenSucceeds => 2,
        PendingThenFails => 1,
        _ => 0,
    };

    public static bool FailsAfterPending(decimal amount) => Cents(amount) == PendingThenFails;

    private static int Cents(decimal amount) => (int)(decimal.Truncate(Math.Abs(amount) * 100) % 100);
}

namespace Headless.Infrastructure.Auditing;

/// <summary>What came of an audited attempt.</summary>
public static class AuditOutcomes
{
    /// <summary>Something was written; <see cref="AuditEntry.Changes"/> says what.</summary>
    public const string Changed = "changed";

    /// <summary>The mutation ran and changed nothing (a read-like mutation, or nothing to do).</summary>
    public const string Unchanged = "unchanged";

    /// <summary>A business rule refused it; <see cref="AuditEntry.ErrorCodes"/> says which.</summary>
    public const string Refused = "refused";

    /// <summary>A repeat of an idempotency key already used: nothing was done again.</summary>
    public const string Replayed = "replayed";

    /// <summary>It failed unexpectedly (an exception); nothing it wrote was kept.</summary>
    public const string Failed = "failed";
}

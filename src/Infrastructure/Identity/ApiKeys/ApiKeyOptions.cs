namespace Headless.Infrastructure.Identity.ApiKeys;

/// <summary>Settings of integrator API keys (<c>Identity:ApiKeys</c>).</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Identity:ApiKeys";

    /// <summary>The environment written into new keys (<c>hk_live_…</c>, <c>hk_test_…</c>); keys of another environment are refused.</summary>
    public string Environment { get; set; } = "live";

    /// <summary>How stale <c>lastUsedAt</c> may get: a key's use is written at most once per interval, not per request.</summary>
    public TimeSpan LastUsedPrecision { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest grace period a rotation may leave the old secret valid.</summary>
    public TimeSpan MaxRotationGracePeriod { get; set; } = TimeSpan.FromDays(7);
}

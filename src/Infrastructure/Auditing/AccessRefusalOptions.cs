namespace Headless.Infrastructure.Auditing;

/// <summary><c>Admin:Audit:Refusals</c>: how calls refused by a field's access rule are coalesced into audit entries.</summary>
public sealed class AccessRefusalOptions
{
    public const string Section = "Admin:Audit:Refusals";

    /// <summary>
    /// Refusals of one field to one caller within this window become one entry counting them, written at its end
    /// (and when the host stops); zero or less writes nothing (refusals are then only counted in memory until the next flush).
    /// </summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most entries one window writes; refusals beyond it (an attacker varying addresses or fields) are counted in one
    /// overflow entry, so the log cannot be flooded.
    /// </summary>
    public int MaxEntriesPerWindow { get; set; } = 200;
}

namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>Settings under <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>
    /// <c>Smtp</c>, <c>Folder</c> or <c>None</c>. Empty chooses: SMTP when <c>Notifications:Smtp:Host</c> is set,
    /// else the folder sink in Development, else none (no messages are queued).
    /// </summary>
    public string? Sender { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Where the Development sink writes <c>.eml</c> files (relative: to the working directory).</summary>
    public string Folder { get; set; } = "notifications";

    public string StoreName { get; set; } = "Headless";

    /// <summary>The link in the "shipped" message; <c>{trackingNumber}</c> is replaced (URL-encoded).</summary>
    public string TrackingUrl { get; set; } = "https://tracking.example/{trackingNumber}";

    /// <summary>How often queued messages are looked for; zero turns notifications off.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    public int BatchSize { get; set; } = 50;

    /// <summary>Waits before each retry of a message the mail system refused; after the last it is marked failed.</summary>
    public List<TimeSpan> RetrySchedule { get; set; } = [];

    public static readonly IReadOnlyList<TimeSpan> DefaultRetrySchedule =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6)];

    public IReadOnlyList<TimeSpan> EffectiveRetrySchedule => RetrySchedule.Count > 0 ? RetrySchedule : DefaultRetrySchedule;
}

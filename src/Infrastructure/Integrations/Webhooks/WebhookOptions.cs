namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>Settings under <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";
    public const string HttpClientName = "headless-webhooks";

    /// <summary>
    /// Waits before each retry; the attempt after the last one is never made and the delivery is dead-lettered.
    /// The default (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: eight attempts over 27.6 h) follows Standard Webhooks.
    /// </summary>
    public List<TimeSpan> RetrySchedule { get; set; } = [];

    public static readonly IReadOnlyList<TimeSpan> DefaultRetrySchedule =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>Each wait is stretched at random by up to this fraction (never shrunk), so retries from many failures spread out.</summary>
    public double Jitter { get; set; } = 0.2;

    /// <summary>How long one POST may take, connection included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often due deliveries are looked for; zero turns webhook delivery off.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an instance owns a delivery it claimed (longer than <see cref="Timeout"/>).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    public int BatchSize { get; set; } = 50;

    /// <summary>Allow http:// and private or loopback addresses outside Development (tests, closed networks).</summary>
    public bool AllowInsecureTargets { get; set; }

    public Dictionary<string, WebhookEndpointSettings> Endpoints { get; set; } = new(StringComparer.Ordinal);

    public IReadOnlyList<TimeSpan> EffectiveRetrySchedule => RetrySchedule.Count > 0 ? RetrySchedule : DefaultRetrySchedule;
}

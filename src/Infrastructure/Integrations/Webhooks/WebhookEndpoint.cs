namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>
/// A receiver of integrator events. Today endpoints come from configuration (<c>Webhooks:Endpoints:&lt;name&gt;</c>,
/// <see cref="WebhookEndpointSync"/>); the row is what the admin API will manage. Its progress through the feed is
/// the checkpoint <see cref="CheckpointName"/>.
/// </summary>
public sealed class WebhookEndpoint
{
    public const int MaxNameLength = 100;
    public const int MaxUrlLength = 2000;
    public const int MaxSecretLength = 200;
    public const int MaxEventsLength = 1000;
    public const string AllEvents = "*";

    public WebhookEndpoint(string name, Uri url, string secret, IEnumerable<string> events, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, MaxNameLength);
        Id = Guid.NewGuid();
        Name = name;
        CreatedAt = now.ToUniversalTime();
        Url = null!;
        Secret = null!;
        Events = null!;
        Update(url, secret, events, enabled: true, now);
    }

    // For EF Core materialization.
    private WebhookEndpoint()
    {
        Name = null!;
        Url = null!;
        Secret = null!;
        Events = null!;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string Url { get; private set; }

    /// <summary><c>whsec_</c> and the base64 signing key (<see cref="WebhookSignature"/>).</summary>
    public string Secret { get; private set; }

    /// <summary>Comma-separated event types, or <c>*</c> for all.</summary>
    public string Events { get; private set; }

    public bool Enabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string CheckpointName => $"webhook:{Id:N}";

    public bool Subscribes(string type) =>
        Events.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(e => e == AllEvents || string.Equals(e, type, StringComparison.Ordinal));

    public void Update(Uri url, string secret, IEnumerable<string> events, bool enabled, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.AbsoluteUri;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, MaxUrlLength);
        WebhookSignature.KeyFrom(secret);
        var list = string.Join(',', events.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(list.Length, MaxEventsLength);
        Url = text;
        Secret = secret;
        Events = list.Length == 0 ? AllEvents : list;
        Enabled = enabled;
        UpdatedAt = now.ToUniversalTime();
    }
}

using Headless.Infrastructure.Integrations.Feed;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>
/// Endpoints managed by staff: create (the secret is made here and shown once), change URL, events or state,
/// disable, rotate the secret. Endpoints named in <c>Webhooks:Endpoints</c> belong to configuration (each start
/// writes them again), so they are listed but refused here with <see cref="WebhookEndpointError.ManagedByConfiguration"/>.
/// The same URL and event rules apply to both (<see cref="WhyNot"/>).
/// </summary>
public sealed class WebhookEndpointAdmin(HeadlessDbContext db, WebhookOptions options, WebhookTargetPolicy policy, TimeProvider clock)
{
    public bool IsConfigured(WebhookEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return options.Endpoints.ContainsKey(endpoint.Name);
    }

    public async Task<IReadOnlyList<WebhookEndpoint>> ListAsync(CancellationToken ct) =>
        await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.CreatedAt).ThenBy(e => e.Name).ToListAsync(ct);

    public async Task<WebhookEndpointChange> CreateAsync(string name, string url, IReadOnlyList<string> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        name = name.Trim();
        if (name.Length is 0 or > WebhookEndpoint.MaxNameLength)
        {
            return WebhookEndpointChange.Refused(WebhookEndpointError.InvalidName, $"A name has 1 to {WebhookEndpoint.MaxNameLength} characters.", "name");
        }

        if (WhyNot(url, events, policy, out var target) is { } refused)
        {
            return new WebhookEndpointChange(null, null, refused);
        }

        if (options.Endpoints.ContainsKey(name) || await db.WebhookEndpoints.AnyAsync(e => e.Name == name, ct))
        {
            return WebhookEndpointChange.Refused(WebhookEndpointError.NameTaken, "Another endpoint has this name.", "name");
        }

        var secret = WebhookSignature.NewSecret();
        var endpoint = new WebhookEndpoint(name, target!, secret, events, clock.GetUtcNow());
        db.WebhookEndpoints.Add(endpoint);
        // From now on: older events reach it through a replay of their time range.
        var head = await db.FeedEntries.MaxAsync(f => (long?)f.Position, ct) ?? 0;
        db.IntegrationCheckpoints.Add(new IntegrationCheckpoint(endpoint.CheckpointName, head));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            return WebhookEndpointChange.Refused(WebhookEndpointError.NameTaken, "Another endpoint has this name.", "name");
        }

        return new WebhookEndpointChange(endpoint, secret, null);
    }

    /// <summary>Changes what is given (null: unchanged).</summary>
    public Task<WebhookEndpointChange> UpdateAsync(Guid id, string? url, IReadOnlyList<string>? events, bool? enabled, CancellationToken ct) =>
        ChangeAsync(id, endpoint =>
        {
            if (WhyNot(url ?? endpoint.Url, events ?? Split(endpoint.Events), policy, out var target) is { } refused)
            {
                return (refused, null);
            }

            endpoint.Update(target!, endpoint.Secret, events ?? Split(endpoint.Events), enabled ?? endpoint.Enabled, clock.GetUtcNow());
            return (null, null);
        }, ct);

    public Task<WebhookEndpointChange> DisableAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, endpoint =>
        {
            endpoint.Update(new Uri(endpoint.Url), endpoint.Secret, Split(endpoint.Events), enabled: false, clock.GetUtcNow());
            return (null, null);
        }, ct);

    /// <summary>A new secret at once: deliveries from now on are signed with it (receivers switch when told).</summary>
    public Task<WebhookEndpointChange> RotateSecretAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, endpoint =>
        {
            var secret = WebhookSignature.NewSecret();
            endpoint.Update(new Uri(endpoint.Url), secret, Split(endpoint.Events), endpoint.Enabled, clock.GetUtcNow());
            return (null, secret);
        }, ct);

    /// <summary>The rules an endpoint's URL and events meet, wherever it is defined; null when they do.</summary>
    public static WebhookEndpointError? WhyNot(string? url, IEnumerable<string> events, WebhookTargetPolicy policy, out Uri? target)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(policy);
        target = null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out target) || target.AbsoluteUri.Length > WebhookEndpoint.MaxUrlLength)
        {
            return new WebhookEndpointError(WebhookEndpointError.InvalidUrl, "Url is not an absolute URL", "url");
        }

        if (policy.WhyNot(target) is { } refused)
        {
            return new WebhookEndpointError(WebhookEndpointError.InvalidUrl, refused, "url");
        }

        var unknown = events
            .SelectMany(e => e.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(e => e != WebhookEndpoint.AllEvents && !IntegratorEventTypes.All.Contains(e))
            .ToList();
        return unknown.Count > 0
            ? new WebhookEndpointError(WebhookEndpointError.UnknownEventType, $"Events names unknown types: {string.Join(", ", unknown)}", "events")
            : null;
    }

    private static List<string> Split(string events) => [.. events.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private async Task<WebhookEndpointChange> ChangeAsync(Guid id, Func<WebhookEndpoint, (WebhookEndpointError? Refused, string? Secret)> change, CancellationToken ct)
    {
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (endpoint is null)
        {
            return WebhookEndpointChange.Refused(WebhookEndpointError.NotFound, "No webhook endpoint has this ID.", "id");
        }

        if (IsConfigured(endpoint))
        {
            return WebhookEndpointChange.Refused(WebhookEndpointError.ManagedByConfiguration, $"Endpoint {endpoint.Name} is set in configuration (Webhooks:Endpoints:{endpoint.Name}); change it there.", "id");
        }

        var (refused, secret) = change(endpoint);
        if (refused is not null)
        {
            db.ChangeTracker.Clear();
            return new WebhookEndpointChange(null, null, refused);
        }

        await db.SaveChangesAsync(ct);
        return new WebhookEndpointChange(endpoint, secret, null);
    }
}

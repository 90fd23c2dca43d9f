using Headless.Infrastructure.Integrations.Feed;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>
/// Copies the endpoints of <c>Webhooks:Endpoints</c> into <c>webhook_endpoints</c> (by name), so deliveries,
/// checkpoints and the future admin API all work on rows. A new endpoint starts at the current end of the feed:
/// it receives what happens from now on (older events: replay a time range). An endpoint whose URL or secret is
/// refused is skipped with a warning naming the setting, never the secret.
/// </summary>
public sealed partial class WebhookEndpointSync(
    HeadlessDbContext db,
    WebhookOptions options,
    WebhookTargetPolicy policy,
    TimeProvider clock,
    ILogger<WebhookEndpointSync> logger)
{
    public async Task<int> SyncAsync(CancellationToken ct = default)
    {
        var synced = 0;
        foreach (var (name, settings) in options.Endpoints)
        {
            var reason = Validate(name, settings, out var url);
            if (reason is not null)
            {
                LogRefused(logger, name, reason);
                continue;
            }

            var now = clock.GetUtcNow();
            var events = settings.Events.SelectMany(e => e.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
            var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Name == name, ct);
            if (endpoint is null)
            {
                endpoint = new WebhookEndpoint(name, url!, settings.Secret!, events, now);
                // A new endpoint starts enabled; one configured as disabled must not receive anything meanwhile.
                if (!settings.Enabled)
                {
                    endpoint.Update(url!, settings.Secret!, events, enabled: false, now);
                }

                db.WebhookEndpoints.Add(endpoint);
                var head = await db.FeedEntries.MaxAsync(f => (long?)f.Position, ct) ?? 0;
                db.IntegrationCheckpoints.Add(new IntegrationCheckpoint(endpoint.CheckpointName, head));
            }
            else
            {
                endpoint.Update(url!, settings.Secret!, events, settings.Enabled, now);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                synced++;
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
            {
                // Another instance added the same endpoint at the same moment; its row is as good as ours.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return synced;
    }

    private string? Validate(string name, WebhookEndpointSettings settings, out Uri? url)
    {
        url = null;
        if (name.Length > WebhookEndpoint.MaxNameLength)
        {
            return $"the name has more than {WebhookEndpoint.MaxNameLength} characters";
        }

        try
        {
            WebhookSignature.KeyFrom(settings.Secret ?? string.Empty);
        }
        catch (ArgumentException ex)
        {
            return $"Secret: {ex.Message}";
        }

        return WebhookEndpointAdmin.WhyNot(settings.Url, settings.Events, policy, out url)?.Message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhooks:Endpoints:{Name} is not used: {Reason}")]
    private static partial void LogRefused(ILogger logger, string name, string reason);
}

using System.Globalization;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>
/// Sends queued notifications. A row is claimed with a lease (one instance sends it), rendered from the order as
/// it is now, handed to its channel, and marked sent right after the channel accepted it, by the lease holder
/// only. So a retry never repeats a message the mail server took, except in the instant between its 250 and our
/// UPDATE (a crash exactly there sends once more, with the same Message-ID). A refusal is retried on the schedule,
/// then marked failed.
/// </summary>
public sealed partial class NotificationSender(
    HeadlessDbContext db,
    IEnumerable<INotificationChannel> channels,
    NotificationOptions options,
    TimeProvider clock,
    ILogger<NotificationSender> logger)
{
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var candidates = await Due(now).OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Position).Select(n => n.Id).Take(options.BatchSize).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var owner = Guid.NewGuid();
        var until = now + options.Lease;
        await Due(now).Where(n => candidates.Contains(n.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.LeaseOwner, owner).SetProperty(n => n.LeaseExpiresAt, until), ct);
        var claimed = await db.NotificationDeliveries.AsNoTracking()
            .Where(n => n.LeaseOwner == owner && n.Status == NotificationStatus.Pending)
            .OrderBy(n => n.Position)
            .ToListAsync(ct);
        foreach (var delivery in claimed)
        {
            await SendAsync(delivery, owner, ct);
        }

        return claimed.Count;
    }

    private IQueryable<NotificationDelivery> Due(DateTimeOffset now) =>
        db.NotificationDeliveries.Where(n => n.Status == NotificationStatus.Pending && n.NextAttemptAt <= now
            && (n.LeaseExpiresAt == null || n.LeaseExpiresAt < now));

    private async Task SendAsync(NotificationDelivery delivery, Guid owner, CancellationToken ct)
    {
        var attempt = delivery.Attempts + 1;
        string? error;
        var retry = true;
        try
        {
            error = await TrySendAsync(delivery, ct);
            retry = false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The exception text of a mail failure can quote the address; only its type is kept.
            error = $"{ex.GetType().Name}: the channel did not accept the message.";
            LogSendFailed(logger, delivery.Template, delivery.Channel, attempt, ex.GetType().Name);
        }

        var now = clock.GetUtcNow();
        var sent = error is null;
        var delay = retry ? Webhooks.RetrySchedule.DelayAfter(attempt, options.EffectiveRetrySchedule, 0.2, Random.Shared) : null;
        var status = sent ? NotificationStatus.Sent : delay is null ? NotificationStatus.Failed : NotificationStatus.Pending;
        var next = status == NotificationStatus.Pending ? now + delay : null;
        await db.NotificationDeliveries.Where(n => n.Id == delivery.Id && n.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Attempts, attempt)
                .SetProperty(n => n.Status, status)
                .SetProperty(n => n.NextAttemptAt, next)
                .SetProperty(n => n.LastError, error)
                .SetProperty(n => n.SentAt, sent ? now : null)
                .SetProperty(n => n.LeaseOwner, (Guid?)null)
                .SetProperty(n => n.LeaseExpiresAt, (DateTimeOffset?)null), CancellationToken.None);
    }

    /// <summary>Null when sent; a reason when it cannot ever be sent (no template, no channel, no address).</summary>
    private async Task<string?> TrySendAsync(NotificationDelivery delivery, CancellationToken ct)
    {
        var template = NotificationTemplates.Find(delivery.Template);
        var channel = channels.FirstOrDefault(c => c.Name == delivery.Channel);
        if (template is null || channel is null)
        {
            return $"No template '{delivery.Template}' or channel '{delivery.Channel}' on this server.";
        }

        var order = await db.Orders.AsNoTracking()
            .Where(o => o.Id == delivery.OrderId)
            .Select(o => new { o.Number, o.Email, o.Total, o.TrackingNumber })
            .SingleOrDefaultAsync(ct);
        var recipient = order is null ? null : channel.RecipientFor(new NotificationContact(order.Email));
        if (order is null || recipient is null)
        {
            return "The order or the customer's address for this channel is gone.";
        }

        var tracking = order.TrackingNumber ?? string.Empty;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["orderNumber"] = order.Number,
            ["total"] = string.Create(CultureInfo.InvariantCulture, $"{order.Total.Amount:0.00} {order.Total.Currency}"),
            ["storeName"] = options.StoreName,
            ["trackingNumber"] = tracking,
            ["trackingUrl"] = options.TrackingUrl.Replace("{trackingNumber}", Uri.EscapeDataString(tracking), StringComparison.Ordinal),
        };
        var message = new NotificationMessage(
            recipient,
            TemplateRenderer.Render(template.Subject, values, html: false),
            TemplateRenderer.Render(template.Text, values, html: false),
            TemplateRenderer.Render(template.Html, values, html: true),
            $"<{delivery.Key.Replace(':', '.')}@headless>",
            template.Key,
            order.Number);
        await channel.SendAsync(message, ct);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {Template} by {Channel} failed on attempt {Attempt} ({Error}); it will be retried")]
    private static partial void LogSendFailed(ILogger logger, string template, string channel, int attempt, string error);
}

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>
/// Posts due deliveries. Each is claimed with a lease first (a conditional UPDATE, as the outbox does), so two
/// instances never post one delivery at once; each attempt is signed afresh (new timestamp, same
/// <c>webhook-id</c>), logged, and followed by the next retry of the schedule or, after the last, the dead letter.
/// A 2xx answer is success; anything else, a timeout or a refused connection is a failed attempt. Redirects are
/// not followed (a 3xx is a failure): the endpoint's URL is the one that was checked.
/// </summary>
public sealed class WebhookSender(HeadlessDbContext db, IHttpClientFactory http, WebhookOptions options, TimeProvider clock)
{
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var candidates = await Due(now).OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Position).Select(d => d.Id).Take(options.BatchSize).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var owner = Guid.NewGuid();
        var until = now + options.Lease;
        await Due(now).Where(d => candidates.Contains(d.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, owner).SetProperty(d => d.LeaseExpiresAt, until), ct);
        var claimed = await (
            from d in db.WebhookDeliveries.AsNoTracking()
            where d.LeaseOwner == owner && d.Status == WebhookDeliveryStatus.Pending
            join e in db.WebhookEndpoints.AsNoTracking() on d.EndpointId equals e.Id
            join f in db.FeedEntries.AsNoTracking() on d.Position equals f.Position
            orderby d.Position
            select new Claimed(d.Id, d.EndpointId, d.Attempts, f.Payload, f.EventId, e.Url, e.Secret, e.Enabled))
            .ToListAsync(ct);

        foreach (var delivery in claimed)
        {
            await AttemptAsync(delivery, owner, ct);
        }

        return claimed.Count;
    }

    private IQueryable<WebhookDelivery> Due(DateTimeOffset now) =>
        db.WebhookDeliveries.Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now
            && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now));

    private async Task AttemptAsync(Claimed delivery, Guid owner, CancellationToken ct)
    {
        if (!delivery.Enabled)
        {
            // A disabled endpoint keeps its deliveries waiting; enabling it again sends them.
            await db.WebhookDeliveries.Where(d => d.Id == delivery.Id && d.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, (Guid?)null).SetProperty(d => d.LeaseExpiresAt, (DateTimeOffset?)null), CancellationToken.None);
            return;
        }

        var attempt = delivery.Attempts + 1;
        var started = clock.GetUtcNow();
        var (statusCode, error, elapsed) = await PostAsync(delivery, started, ct);
        var succeeded = statusCode is >= 200 and < 300;
        var delay = succeeded ? null : RetrySchedule.DelayAfter(attempt, options.EffectiveRetrySchedule, options.Jitter, Random.Shared);
        var finished = clock.GetUtcNow();
        var next = delay is { } d ? finished + d : (DateTimeOffset?)null;
        var status = succeeded ? WebhookDeliveryStatus.Succeeded : next is null ? WebhookDeliveryStatus.DeadLettered : WebhookDeliveryStatus.Pending;
        var completed = status == WebhookDeliveryStatus.Pending ? (DateTimeOffset?)null : finished;
        var durationMs = (int)Math.Min(int.MaxValue, elapsed.TotalMilliseconds);
        var shortError = error is null ? null : error[..Math.Min(error.Length, WebhookDelivery.MaxErrorLength)];

        // Written whatever the caller's token says: the POST happened, its outcome must not be lost.
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var updated = await db.WebhookDeliveries.Where(x => x.Id == delivery.Id && x.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Attempts, attempt)
                .SetProperty(x => x.Status, status)
                .SetProperty(x => x.NextAttemptAt, next)
                .SetProperty(x => x.LastAttemptAt, started)
                .SetProperty(x => x.LastStatusCode, statusCode)
                .SetProperty(x => x.LastDurationMs, durationMs)
                .SetProperty(x => x.LastError, shortError)
                .SetProperty(x => x.CompletedAt, completed)
                .SetProperty(x => x.LeaseOwner, (Guid?)null)
                .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null), CancellationToken.None);
        if (updated == 1)
        {
            db.WebhookAttempts.Add(new WebhookAttempt(delivery.Id, delivery.EndpointId, attempt, started, statusCode, durationMs, shortError, next, status));
            await db.SaveChangesAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    private async Task<(int? StatusCode, string? Error, TimeSpan Elapsed)> PostAsync(Claimed delivery, DateTimeOffset now, CancellationToken ct)
    {
        var id = Feed.IntegratorEventPayload.IdFor(delivery.EventId);
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(WebhookSignature.IdHeader, id);
        request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Sign(delivery.Secret, id, timestamp, delivery.Payload));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Headless-Webhooks", "1"));

        var watch = Stopwatch.StartNew();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Timeout);
            using var response = await http.CreateClient(WebhookOptions.HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            return (code, code is >= 200 and < 300 ? null : $"HTTP {code} {response.ReasonPhrase}", watch.Elapsed);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, $"No answer within {options.Timeout.TotalSeconds:0.#} s.", watch.Elapsed);
        }
        catch (HttpRequestException ex)
        {
            return (null, ex.InnerException is null ? ex.Message : $"{ex.Message} ({ex.InnerException.Message})", watch.Elapsed);
        }
    }

    private sealed record Claimed(Guid Id, Guid EndpointId, int Attempts, string Payload, Guid EventId, string Url, string Secret, bool Enabled);
}

using System.Text.Json;
using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Payments.Webhooks;

/// <summary>
/// Acts on a sandbox webhook: verifies signature and age, records the event id (a replay collides on it
/// and is ignored), moves payment and order on, and writes the order's events to the outbox — one transaction.
/// </summary>
public sealed partial class SandboxWebhookProcessor(
    HeadlessDbContext db,
    SandboxWebhookOptions options,
    StockAllocator allocator,
    OutboxSignal outboxSignal,
    TimeProvider clock,
    ILogger<SandboxWebhookProcessor> logger)
{
    public const string Actor = "sandbox-webhook";

    public async Task<WebhookOutcome> ProcessAsync(string? signatureHeader, string body, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var check = SandboxWebhookSignature.Verify(options.WebhookSecret, signatureHeader, body, now, options.Tolerance);
        if (check != SignatureCheck.Valid)
        {
            return check switch
            {
                SignatureCheck.Stale => WebhookOutcome.Stale,
                SignatureCheck.BadSignature => WebhookOutcome.BadSignature,
                _ => WebhookOutcome.MalformedSignature,
            };
        }

        SandboxWebhookEvent? webhook;
        try
        {
            webhook = JsonSerializer.Deserialize<SandboxWebhookEvent>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return WebhookOutcome.Malformed;
        }

        if (webhook is not { Id.Length: > 0 and <= 100, Type.Length: > 0, Data.AuthorizationId.Length: > 0 })
        {
            return WebhookOutcome.Malformed;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ProcessedWebhooks.Add(new ProcessedWebhook($"sandbox:{webhook.Id}", webhook.Type, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return WebhookOutcome.Replayed;
        }

        var payment = await db.Payments.SingleOrDefaultAsync(p => p.AuthorizationId == webhook.Data.AuthorizationId, ct);
        var order = payment is null ? null : await db.Orders.SingleOrDefaultAsync(o => o.Id == payment.OrderId, ct);
        if (payment is null || order is null)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return WebhookOutcome.UnknownPayment;
        }

        var outcome = await ApplyAsync(webhook, payment, order, now, ct);
        OrderOutbox.Enqueue(db, order, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        outboxSignal.Notify();
        return outcome;
    }

    private async Task<WebhookOutcome> ApplyAsync(SandboxWebhookEvent webhook, Payment payment, Order order, DateTimeOffset now, CancellationToken ct)
    {
        var request = new TransitionRequest(Actor, now, Note: $"Sandbox event {webhook.Id}.");
        var steps = webhook.Type switch
        {
            SandboxWebhookEvent.Authorized => [OrderTransition.AuthorizePayment],
            SandboxWebhookEvent.Captured when order.State == OrderState.Placed => [OrderTransition.AuthorizePayment, OrderTransition.CapturePayment],
            SandboxWebhookEvent.Captured => [OrderTransition.CapturePayment],
            SandboxWebhookEvent.Failed => [OrderTransition.FailPayment],
            SandboxWebhookEvent.Refunded => [OrderTransition.Refund],
            _ => Array.Empty<OrderTransition>(),
        };

        // Digital goods are delivered the moment the money is in.
        if (webhook.Type == SandboxWebhookEvent.Captured && !order.RequiresShipping)
        {
            steps = [.. steps, OrderTransition.CompleteDigitalFulfillment];
        }

        if (steps.Length == 0 || order.WhyNot(steps[0], request) is not null)
        {
            return WebhookOutcome.Ignored;
        }

        var stateBefore = order.State;
        try
        {
            switch (webhook.Type)
            {
                case SandboxWebhookEvent.Authorized:
                    payment.MarkAuthorized(now);
                    break;
                case SandboxWebhookEvent.Captured:
                    payment.MarkCaptured(webhook.Data.Amount ?? payment.Amount.Amount, webhook.Data.Currency ?? payment.Amount.Currency, now);
                    break;
                case SandboxWebhookEvent.Failed:
                    payment.MarkFailed(now);
                    break;
                case SandboxWebhookEvent.Refunded:
                    payment.MarkRefunded(webhook.Data.Amount ?? payment.Refundable, webhook.Data.Currency ?? payment.Amount.Currency, now);
                    break;
            }

            foreach (var step in steps)
            {
                order.Apply(step, request);
            }
        }
        catch (DomainException exception) when (exception.Code == PaymentErrorCodes.AmountMismatch)
        {
            // Nothing of this event is applied: forget the tracked changes, keep the event id (saved above).
            db.ChangeTracker.Clear();
            LogAmountMismatch(logger, webhook.Id, webhook.Type, order.Number, exception.Message);
            return WebhookOutcome.AmountMismatch;
        }
        catch (DomainException)
        {
            return WebhookOutcome.Ignored;
        }

        // Stock not yet on its way goes back on sale.
        var unshipped = stateBefore is OrderState.Placed or OrderState.PaymentAuthorized or OrderState.PaymentCaptured or OrderState.Fulfilling;
        if (order.State is OrderState.PaymentFailed or OrderState.Refunded && unshipped)
        {
            await allocator.ReleaseAsync(order.Id, ct);
        }

        return WebhookOutcome.Processed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused sandbox event {EventId} ({EventType}) for order {OrderNumber}: {Reason}")]
    private static partial void LogAmountMismatch(ILogger logger, string eventId, string eventType, string orderNumber, string reason);
}

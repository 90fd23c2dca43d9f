using System.Globalization;
using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Cancels orders whose payment has waited for the shopper (<see cref="PaymentStatus.RequiresAction"/>) longer
/// than <see cref="PaymentOptions.RequiresActionTimeout"/> (or its method's <c>ActionTimeout</c>, e.g. a bank
/// transfer's days): the payment is voided, the stock goes back on sale and
/// the status change goes to the outbox, in one transaction per order.
///
/// Several instances may run this at once: the order row is updated first and only if its last event is still
/// the one read (<c>last_sequence</c> is a concurrency token), so of two instances — or an instance and a late
/// webhook — one wins and the other rolls back before touching stock.
/// </summary>
public sealed partial class UnpaidOrderExpiry(
    HeadlessDbContext db,
    StockAllocator allocator,
    PaymentMethodCatalog providers,
    PaymentOptions options,
    OutboxSignal outboxSignal,
    TimeProvider clock,
    ILogger<UnpaidOrderExpiry> logger)
{
    public const int BatchSize = 100;

    /// <summary>Expires what is due now; returns how many orders this call cancelled.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken ct)
    {
        if (options.RequiresActionTimeout <= TimeSpan.Zero)
        {
            return 0;
        }

        // Methods with a timeout of their own (a bank transfer waits days, a wallet scan minutes) are swept apart.
        var now = clock.GetUtcNow();
        var ownTimeouts = options.Methods.Where(m => m.Value.ActionTimeout is not null).Select(m => m.Key).ToList();
        var defaultCutoff = now - options.RequiresActionTimeout;
        var due = await db.Payments.AsNoTracking()
            .Where(p => p.Status == PaymentStatus.RequiresAction && p.CreatedAt <= defaultCutoff && !ownTimeouts.Contains(p.Method))
            .OrderBy(p => p.CreatedAt)
            .Select(p => new { p.OrderId, p.Method })
            .Take(BatchSize)
            .ToListAsync(ct);
        foreach (var method in ownTimeouts.Where(m => options.ActionTimeoutFor(m) > TimeSpan.Zero))
        {
            var cutoff = now - options.ActionTimeoutFor(method);
            due.AddRange(await db.Payments.AsNoTracking()
                .Where(p => p.Status == PaymentStatus.RequiresAction && p.Method == method && p.CreatedAt <= cutoff)
                .OrderBy(p => p.CreatedAt)
                .Select(p => new { p.OrderId, p.Method })
                .Take(BatchSize)
                .ToListAsync(ct));
        }

        var expired = 0;
        foreach (var (orderId, method) in due.Select(d => (d.OrderId, d.Method)))
        {
            if (await ExpireAsync(orderId, options.ActionTimeoutFor(method), ct))
            {
                expired++;
            }
        }

        return expired;
    }

    private async Task<bool> ExpireAsync(Guid orderId, TimeSpan timeout, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.ChangeTracker.Clear();
        string? authorizationId;
        string providerName;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == orderId, ct);
            var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == orderId, ct);
            var note = string.Create(CultureInfo.InvariantCulture, $"The payment was not completed within {timeout.TotalMinutes:0.##} minutes.");
            var request = new TransitionRequest(Order.SystemActor, now, Note: note);
            if (payment is not { Status: PaymentStatus.RequiresAction } || order is null || order.WhyNot(OrderTransition.Cancel, request) is not null)
            {
                return false;
            }

            payment.MarkVoided(now);
            order.Apply(OrderTransition.Cancel, request);
            OrderOutbox.Enqueue(db, order, now);
            try
            {
                // The claim: the order row changes only if nobody moved it since it was read.
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(exception))
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return false;
            }

            await allocator.ReleaseAsync(order.Id, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            authorizationId = payment.AuthorizationId;
            providerName = payment.Provider;
            LogExpired(logger, order.Number);
        }

        db.ChangeTracker.Clear();
        outboxSignal.Notify();
        await VoidQuietlyAsync(providerName, authorizationId, orderId);
        return true;
    }

    /// <summary>Tells the provider too, so that a second step completed late charges nobody for a cancelled order.</summary>
    private async Task VoidQuietlyAsync(string providerName, string authorizationId, Guid orderId)
    {
        if (providers.ProviderNamed(providerName) is not { } provider)
        {
            return;
        }

        try
        {
            await provider.VoidAsync(new VoidRequest(authorizationId, $"expire:{orderId:N}"), CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogVoidFailed(logger, authorizationId, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancelled order {OrderNumber}: its payment waited for the shopper too long")]
    private static partial void LogExpired(ILogger logger, string orderNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Voiding authorization {AuthorizationId} of an expired order failed; void it by hand")]
    private static partial void LogVoidFailed(ILogger logger, string authorizationId, Exception exception);
}

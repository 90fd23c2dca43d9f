using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Domain.SeedWork;
using Headless.Domain.Shipping;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Guest reads of an order. A wrong token and a missing order give the same answer (null), and the token
/// is compared in constant time, so neither timing nor answers tell whether an order id exists.
/// </summary>
public sealed class OrderQueries(HeadlessDbContext db)
{
    private readonly SharedReads<Guid, Payment?> _payments = new();
    private readonly SharedReads<Guid, IReadOnlyList<Shipment>> _shipments = new();

    // Sibling fields (payment, shipments, or two aliased orders) ask at once; the context takes one query at a time.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<Order?> GetOrderAsync(Guid orderId, string? accessToken, CancellationToken ct = default)
    {
        var order = await OneAtATimeAsync(() => db.Orders.AsNoTracking()
            .Include(o => o.Lines)
            .Include(o => o.Events)
            .SingleOrDefaultAsync(o => o.Id == orderId, ct));
        return Grants(order?.AccessTokenHash, accessToken) ? order : null;
    }

    /// <summary>The sequence of the order's newest event; null without access.</summary>
    public async Task<int?> GetLastSequenceAsync(Guid orderId, string? accessToken, CancellationToken ct = default)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.LastSequence, o.AccessTokenHash }).SingleOrDefaultAsync(ct);
        return Grants(order?.AccessTokenHash, accessToken) ? order!.LastSequence : null;
    }

    public async Task<bool> CanAccessAsync(Guid orderId, string? accessToken, CancellationToken ct = default)
    {
        var hash = await OneAtATimeAsync(() => db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.AccessTokenHash).SingleOrDefaultAsync(ct));
        return Grants(hash, accessToken);
    }

    /// <summary>The order's events with a sequence above <paramref name="afterSequence"/>, oldest first; null without access.</summary>
    public async Task<IReadOnlyList<OrderStatusMessage>?> GetEventsAfterAsync(Guid orderId, string? accessToken, int afterSequence, CancellationToken ct = default)
    {
        var order = await OneAtATimeAsync(() => db.Orders.AsNoTracking()
            .Where(o => o.Id == orderId)
            .Select(o => new { o.Number, o.AccessTokenHash })
            .SingleOrDefaultAsync(ct));
        if (!Grants(order?.AccessTokenHash, accessToken))
        {
            return null;
        }

        var events = await OneAtATimeAsync(() => db.OrderEvents.AsNoTracking()
            .Where(e => e.OrderId == orderId && e.Sequence > afterSequence)
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct));
        return events.Select(e => OrderStatusMessage.From(orderId, order!.Number, e)).ToList();
    }

    /// <summary>
    /// The provider's reference of the order's payment (the sandbox's authorization id), or null before one exists.
    /// Callers pass only orders they were given access to.
    /// </summary>
    public async Task<string?> GetPaymentReferenceAsync(Guid orderId, CancellationToken ct = default) =>
        (await GetPaymentAsync(orderId, ct))?.AuthorizationId;

    /// <summary>
    /// The order's payment, or null before one exists. Callers pass only orders they were given access to. Callers that
    /// ask while a read is under way share it: an order's payment fields (reference, method, next action) resolve side
    /// by side, and two queries at once on one context are not allowed. Once done the read is forgotten, so a scope
    /// that lives long (a subscription) still sees the payment move on.
    /// </summary>
    public Task<Payment?> GetPaymentAsync(Guid orderId, CancellationToken ct = default) =>
        _payments.GetAsync(orderId, id => OneAtATimeAsync(() => db.Payments.AsNoTracking().Where(p => p.OrderId == id).FirstOrDefaultAsync(ct)));

    /// <summary>
    /// The order's parcels, in order. Callers pass only orders they were given access to. Shared like the payment:
    /// <c>shipments</c> and <c>shipmentProgress</c> resolve side by side.
    /// </summary>
    public Task<IReadOnlyList<Shipment>> GetShipmentsAsync(Guid orderId, CancellationToken ct = default) =>
        _shipments.GetAsync(orderId, id => OneAtATimeAsync<IReadOnlyList<Shipment>>(async () =>
            await db.Shipments.AsNoTracking().Where(s => s.OrderId == id).OrderBy(s => s.Number).ToListAsync(ct)));

    private async Task<T> OneAtATimeAsync<T>(Func<Task<T>> read)
    {
        await _oneAtATime.WaitAsync(CancellationToken.None);
        try
        {
            return await read();
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private static bool Grants(string? storedHash, string? accessToken)
    {
        // Compare against a dummy hash when the order is missing so both paths do the same work.
        var matches = SecretToken.Matches(accessToken, storedHash ?? MissingOrderHash);
        return storedHash is not null && matches;
    }

    private static readonly string MissingOrderHash = SecretToken.Hash("no order has this token");
}

using System.Globalization;
using System.Text;
using Headless.Domain.Ordering;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Ordering.Admin;

/// <summary>
/// Staff's order list as a keyset connection: sorted by (placed at, number) or by number, the cursor holds the sort
/// key of the last order of the page and the next page starts strictly after it. No OFFSET: a page costs the same
/// wherever it is, and orders placed meanwhile do not shift the pages already read.
/// </summary>
public sealed class OrderSearch(HeadlessDbContext db)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public async Task<OrderPage> PageAsync(OrderSearchFilter filter, bool byNumber, bool descending, string? after, int? first, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var take = first ?? DefaultPageSize;
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1, nameof(first));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, MaxPageSize, nameof(first));

        var query = Filtered(filter);
        if (after is not null)
        {
            var (placedAt, number) = Decode(after, byNumber);
            query = (byNumber, descending) switch
            {
                (true, false) => query.Where(o => string.Compare(o.Number, number) > 0),
                (true, true) => query.Where(o => string.Compare(o.Number, number) < 0),
                (false, false) => query.Where(o => o.PlacedAt > placedAt || (o.PlacedAt == placedAt && string.Compare(o.Number, number) > 0)),
                (false, true) => query.Where(o => o.PlacedAt < placedAt || (o.PlacedAt == placedAt && string.Compare(o.Number, number) < 0)),
            };
        }

        query = (byNumber, descending) switch
        {
            (true, false) => query.OrderBy(o => o.Number),
            (true, true) => query.OrderByDescending(o => o.Number),
            (false, false) => query.OrderBy(o => o.PlacedAt).ThenBy(o => o.Number),
            (false, true) => query.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Number),
        };

        var rows = await query.Include(o => o.Lines).Take(take + 1).ToListAsync(ct);
        var page = rows.Take(take).ToList();
        return new OrderPage(page.Select(o => (Encode(o, byNumber), o)).ToList(), rows.Count > take);
    }

    private IQueryable<Order> Filtered(OrderSearchFilter filter)
    {
        var query = db.Orders.AsNoTracking();
        if (filter.Statuses is { Count: > 0 } statuses)
        {
            query = query.Where(o => statuses.Contains(o.State));
        }

        if (filter.FulfillmentStatuses is { Count: > 0 } fulfillment)
        {
            var states = OrderFulfillment.States(fulfillment);
            query = query.Where(o => states.Contains(o.State));
        }

        if (filter.PlacedFrom is { } from)
        {
            var utc = from.ToUniversalTime();
            query = query.Where(o => o.PlacedAt >= utc);
        }

        if (filter.PlacedTo is { } to)
        {
            var utc = to.ToUniversalTime();
            query = query.Where(o => o.PlacedAt < utc);
        }

        if (!string.IsNullOrWhiteSpace(filter.CustomerEmail))
        {
            var email = filter.CustomerEmail.Trim().ToLowerInvariant();
            query = query.Where(o => o.Email.ToLower() == email);
        }

        if (!string.IsNullOrWhiteSpace(filter.Number))
        {
            var number = filter.Number.Trim();
            query = query.Where(o => o.Number == number);
        }

        if (filter.PaymentStatuses is { Count: > 0 } payments)
        {
            query = query.Where(o => db.Payments.Any(p => p.OrderId == o.Id && payments.Contains(p.Status)));
        }

        if (filter.OnHold is { } onHold)
        {
            query = query.Where(o => o.OnHold == onHold);
        }

        return query;
    }

    private static string Encode(Order order, bool byNumber)
    {
        var key = byNumber ? $"n|{order.Number}" : $"p|{order.PlacedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{order.Number}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(key));
    }

    private static (DateTimeOffset PlacedAt, string Number) Decode(string cursor, bool byNumber)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|');
            return (byNumber, parts) switch
            {
                (true, ["n", var number]) => (default, number),
                (false, ["p", var ticks, var number]) => (new DateTimeOffset(long.Parse(ticks, NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero), number),
                _ => throw new OrderSearchCursorException(),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            throw new OrderSearchCursorException();
        }
    }
}

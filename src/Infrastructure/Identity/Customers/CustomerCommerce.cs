using System.Globalization;
using System.Text;
using Headless.Domain.Ordering;
using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Identity.PersonalData;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>
/// What links a customer to carts and orders: the account's cart (kept as its encrypted token), guest carts merged at
/// sign-in, orders placed while signed in, and guest orders placed with the account's verified email.
/// </summary>
public sealed class CustomerCommerce(HeadlessDbContext db, IPersonalDataProtector pii, CartService carts, TimeProvider clock)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The token of the account's cart, while that cart exists and is open.</summary>
    public async Task<string?> CartTokenAsync(Guid customerId, CancellationToken ct)
    {
        var link = await db.CustomerCarts.AsNoTracking().SingleOrDefaultAsync(c => c.CustomerId == customerId, ct);
        if (link is null || pii.Unprotect(link.CartTokenProtected) is not { } token)
        {
            return null;
        }

        var cart = await carts.GetCartAsync(token, ct);
        return cart.Cart is { Cart.IsCompleted: false } ? token : null;
    }

    /// <summary>Makes <paramref name="cartToken"/> the account's cart (a cart created while signed in).</summary>
    public async Task AttachCartAsync(Guid customerId, string cartToken, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var protectedToken = pii.Protect(cartToken)!;
        var link = await db.CustomerCarts.SingleOrDefaultAsync(c => c.CustomerId == customerId, ct);
        if (link is null)
        {
            db.CustomerCarts.Add(new CustomerCart(customerId, protectedToken, now));
        }
        else
        {
            link.Replace(protectedToken, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two requests attached a cart at once; either cart is a fine answer.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Merges a guest cart into the account's: with no open account cart the guest cart becomes it; otherwise the
    /// guest lines are added to the account cart and removed from the guest cart (freeing their stock). Returns the
    /// account cart's token, or null when the guest cart was not usable and the account has none.
    /// </summary>
    public async Task<string?> MergeGuestCartAsync(Guid customerId, string? guestToken, CancellationToken ct)
    {
        var accountToken = await CartTokenAsync(customerId, ct);
        if (string.IsNullOrEmpty(guestToken) || guestToken == accountToken)
        {
            return accountToken;
        }

        var guest = await carts.GetCartAsync(guestToken, ct);
        if (guest.Cart is not { Cart.IsCompleted: false } guestCart)
        {
            return accountToken;
        }

        if (accountToken is null)
        {
            await AttachCartAsync(customerId, guestToken, ct);
            return guestToken;
        }

        var lines = guestCart.Cart.Lines.Select(l => new CartLineInput(l.VariantId, l.Quantity)).ToList();
        if (lines.Count > 0 && (await carts.AddLinesAsync(accountToken, lines, ct)).Succeeded)
        {
            await carts.RemoveLinesAsync(guestToken, [.. guestCart.Cart.Lines.Select(l => l.Id)], ct);
        }

        return accountToken;
    }

    /// <summary>Records that a signed-in customer placed the order (again is harmless).</summary>
    public async Task LinkOrderAsync(Guid customerId, Guid orderId, CancellationToken ct)
    {
        if (await db.CustomerOrders.AnyAsync(o => o.OrderId == orderId, ct))
        {
            return;
        }

        db.CustomerOrders.Add(new CustomerOrder(orderId, customerId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A retry of the same placement linked it first.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The customer's orders, newest first (placed time, then order number), from <paramref name="after"/>.</summary>
    public async Task<CustomerOrderPage> OrdersAsync(Guid customerId, int first, string? after, CancellationToken ct)
    {
        var query = await OrdersOfAsync(customerId, ct);
        if (after is not null)
        {
            var (placedAt, number) = DecodeCursor(after);
            query = query.Where(o => o.PlacedAt < placedAt || (o.PlacedAt == placedAt && string.Compare(o.Number, number) < 0));
        }

        var rows = await query
            .OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Number)
            .Take(first + 1)
            .Include(o => o.Lines).Include(o => o.Events)
            .AsSplitQuery()
            .ToListAsync(ct);
        return new CustomerOrderPage(rows.Take(first).Select(o => (EncodeCursor(o), o)).ToList(), rows.Count > first);
    }

    /// <summary>One of the customer's orders, or null when it is not theirs.</summary>
    public async Task<Order?> OrderAsync(Guid customerId, Guid orderId, CancellationToken ct) =>
        await (await OrdersOfAsync(customerId, ct)).Where(o => o.Id == orderId)
            .Include(o => o.Lines).Include(o => o.Events).AsSplitQuery()
            .SingleOrDefaultAsync(ct);

    /// <summary>Orders placed signed in, plus guest orders with the account's email once it is verified.</summary>
    internal async Task<IQueryable<Order>> OrdersOfAsync(Guid customerId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId && c.DeletedAt == null, ct);
        var linked = db.CustomerOrders.Where(l => l.CustomerId == customerId).Select(l => l.OrderId);
        if (customer?.EmailVerifiedAt is null || pii.Unprotect(customer.EmailProtected) is not { } email)
        {
            return db.Orders.AsNoTracking().Where(o => linked.Contains(o.Id));
        }

        return db.Orders.AsNoTracking().Where(o => linked.Contains(o.Id) || o.Email.ToLower() == email);
    }

    public static string EncodeCursor(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{order.PlacedAt.UtcTicks}|{order.Number}")));
    }

    /// <summary>Throws <see cref="FormatException"/> for a cursor this class did not make.</summary>
    public static (DateTimeOffset PlacedAt, string Number) DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            return (new DateTimeOffset(long.Parse(text[..bar], CultureInfo.InvariantCulture), TimeSpan.Zero), text[(bar + 1)..]);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new FormatException("The cursor is not one this list gave out.", e);
        }
    }
}

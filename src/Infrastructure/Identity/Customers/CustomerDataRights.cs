using System.Text.Json;
using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>The customer's data rights: a copy of everything held (export) and erasure (deletion).</summary>
public sealed class CustomerDataRights(
    HeadlessDbContext db,
    CustomerProfiles profiles,
    CustomerCommerce commerce,
    SessionService sessions,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Everything held about the customer as one JSON document, or null when there is no such account.</summary>
    public async Task<string?> ExportAsync(Guid customerId, CancellationToken ct)
    {
        if (await profiles.GetAsync(customerId, ct) is not { } profile)
        {
            return null;
        }

        var addresses = await profiles.AddressesAsync(customerId, ct);
        var subject = customerId.ToString();
        var sessionRows = await db.AuthSessions.AsNoTracking()
            .Where(s => s.Subject == subject && s.Kind == CallerKinds.Customer)
            .ToListAsync(ct);
        var orders = await (await commerce.OrdersOfAsync(customerId, ct)).Include(o => o.Lines).AsSplitQuery().ToListAsync(ct);
        var cart = await commerce.CartTokenAsync(customerId, ct);
        var document = new
        {
            exportedAt = clock.GetUtcNow(),
            account = profile,
            addresses = addresses.Select(a => new { a.Id, a.IsDefault, a.CreatedAt, a.Address }),
            sessions = sessionRows.OrderBy(s => s.CreatedAt).Select(s => new { s.Id, s.CreatedAt, s.LastUsedAt, s.ExpiresAt, s.RevokedAt, s.RevokedReason }),
            cartId = cart,
            orders = orders.OrderByDescending(o => o.PlacedAt).Select(o => new
            {
                o.Id,
                o.Number,
                status = o.State.ToString(),
                o.PlacedAt,
                o.Email,
                o.ShippingAddress,
                o.BillingAddress,
                total = new { o.Total.Amount, o.Total.Currency },
                lines = o.Lines.Select(l => new { l.Sku, l.ProductName, l.Quantity }),
            }),
        };
        return JsonSerializer.Serialize(document, Json);
    }

    /// <summary>
    /// Erases the account: personal fields wiped (the row stays as a tombstone, its email index freed), address book,
    /// one-time tokens and cart link deleted, every session revoked, and the customer's orders kept for accounting with
    /// their email and addresses erased.
    /// </summary>
    public async Task DeleteAsync(Customer customer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var now = clock.GetUtcNow();
        var orders = await (await commerce.OrdersOfAsync(customer.Id, ct)).AsTracking().ToListAsync(ct);
        foreach (var order in orders)
        {
            order.ErasePersonalData(now);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        customer.Erase(now);
        await db.SaveChangesAsync(ct);
        await db.CustomerAddresses.Where(a => a.CustomerId == customer.Id).ExecuteDeleteAsync(ct);
        await db.AccountTokens.Where(t => t.CustomerId == customer.Id).ExecuteDeleteAsync(ct);
        await db.TrustedDevices.Where(d => d.CustomerId == customer.Id).ExecuteDeleteAsync(ct);
        await db.CustomerCarts.Where(c => c.CustomerId == customer.Id).ExecuteDeleteAsync(ct);
        await db.CustomerOrders.Where(o => o.CustomerId == customer.Id).ExecuteDeleteAsync(ct);
        await sessions.RevokeAllAsync(customer.Id.ToString(), CallerKinds.Customer, null, SessionRevocationReasons.AccountDeleted, ct);
        await transaction.CommitAsync(ct);
    }
}

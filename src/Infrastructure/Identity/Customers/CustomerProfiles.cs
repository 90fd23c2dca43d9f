using Headless.Domain.Checkout;
using Headless.Infrastructure.Identity.PersonalData;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>The signed-in customer's profile and address book, decrypted on the way out and encrypted on the way in.</summary>
public sealed class CustomerProfiles(HeadlessDbContext db, IPersonalDataProtector pii, TimeProvider clock)
{
    public const int MaxNameLength = 100;
    public const int MaxPhoneLength = 40;
    public const int MaxAddresses = 50;

    public async Task<CustomerProfile?> GetAsync(Guid customerId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId && c.DeletedAt == null, ct);
        return customer is null ? null : View(customer);
    }

    public CustomerProfile View(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new CustomerProfile(
            customer.Id,
            pii.Unprotect(customer.EmailProtected) ?? string.Empty,
            customer.EmailVerifiedAt is not null,
            pii.Unprotect(customer.FirstNameProtected),
            pii.Unprotect(customer.LastNameProtected),
            pii.Unprotect(customer.PhoneProtected),
            customer.CreatedAt,
            customer.Totp.IsEnabled);
    }

    /// <summary>Null leaves a value as it is; an empty string clears it.</summary>
    public async Task<(CustomerProfile? Profile, IReadOnlyList<AccountError> Errors)> UpdateAsync(Guid customerId, string? firstName, string? lastName, string? phone, CancellationToken ct)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == customerId && c.DeletedAt == null, ct);
        if (customer is null)
        {
            return (null, [AccountError.Unauthenticated()]);
        }

        if (ProfileProblem(firstName, lastName, phone) is { } problem)
        {
            return (null, [problem]);
        }

        customer.SetNames(
            firstName is null ? customer.FirstNameProtected : pii.Protect(firstName.Trim()),
            lastName is null ? customer.LastNameProtected : pii.Protect(lastName.Trim()));
        customer.SetPhone(phone is null ? customer.PhoneProtected : pii.Protect(phone.Trim()));
        await db.SaveChangesAsync(ct);
        return (View(customer), []);
    }

    public static AccountError? ProfileProblem(string? firstName, string? lastName, string? phone)
    {
        foreach (var (field, value, max) in new[] { ("firstName", firstName, MaxNameLength), ("lastName", lastName, MaxNameLength), ("phone", phone, MaxPhoneLength) })
        {
            if (value is { } given && given.Trim().Length > max)
            {
                return new AccountError(AccountErrorCode.InvalidProfile, $"{field} may have at most {max} characters.", [field], field);
            }
        }

        return null;
    }

    /// <summary>The default first, then newest first.</summary>
    public async Task<IReadOnlyList<CustomerAddressView>> AddressesAsync(Guid customerId, CancellationToken ct)
    {
        var rows = await db.CustomerAddresses.AsNoTracking().Where(a => a.CustomerId == customerId).ToListAsync(ct);
        return rows.OrderByDescending(a => a.IsDefault).ThenByDescending(a => a.CreatedAt).Select(View).ToList();
    }

    public async Task<(CustomerAddressView? Address, IReadOnlyList<AccountError> Errors)> AddAddressAsync(Guid customerId, Address address, bool setDefault, CancellationToken ct)
    {
        if (Problems(address) is { Count: > 0 } problems)
        {
            return (null, problems);
        }

        var existing = await db.CustomerAddresses.Where(a => a.CustomerId == customerId).ToListAsync(ct);
        if (existing.Count >= MaxAddresses)
        {
            return (null, [new AccountError(AccountErrorCode.InvalidAddress, $"An address book holds at most {MaxAddresses} addresses.", ["address"], "address")]);
        }

        var entry = new CustomerAddress(Guid.NewGuid(), customerId, pii.Protect(StoredAddress.Serialize(address))!, clock.GetUtcNow());
        db.CustomerAddresses.Add(entry);
        if (setDefault || existing.Count == 0)
        {
            MakeDefault(existing, entry);
        }

        await db.SaveChangesAsync(ct);
        return (View(entry), []);
    }

    public async Task<(CustomerAddressView? Address, IReadOnlyList<AccountError> Errors)> UpdateAddressAsync(Guid customerId, Guid addressId, Address address, CancellationToken ct)
    {
        if (Problems(address) is { Count: > 0 } problems)
        {
            return (null, problems);
        }

        var entry = await db.CustomerAddresses.SingleOrDefaultAsync(a => a.Id == addressId && a.CustomerId == customerId, ct);
        if (entry is null)
        {
            return (null, [AddressNotFound()]);
        }

        entry.Replace(pii.Protect(StoredAddress.Serialize(address))!);
        await db.SaveChangesAsync(ct);
        return (View(entry), []);
    }

    public async Task<IReadOnlyList<AccountError>> DeleteAddressAsync(Guid customerId, Guid addressId, CancellationToken ct)
    {
        var all = await db.CustomerAddresses.Where(a => a.CustomerId == customerId).ToListAsync(ct);
        var entry = all.SingleOrDefault(a => a.Id == addressId);
        if (entry is null)
        {
            return [AddressNotFound()];
        }

        db.CustomerAddresses.Remove(entry);
        var rest = all.Where(a => a != entry).ToList();
        if (entry.IsDefault && rest.OrderByDescending(a => a.CreatedAt).FirstOrDefault() is { } next)
        {
            MakeDefault(rest, next);
        }

        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<(CustomerAddressView? Address, IReadOnlyList<AccountError> Errors)> SetDefaultAddressAsync(Guid customerId, Guid addressId, CancellationToken ct)
    {
        var all = await db.CustomerAddresses.Where(a => a.CustomerId == customerId).ToListAsync(ct);
        if (all.SingleOrDefault(a => a.Id == addressId) is not { } entry)
        {
            return (null, [AddressNotFound()]);
        }

        MakeDefault(all, entry);
        await db.SaveChangesAsync(ct);
        return (View(entry), []);
    }

    private static void MakeDefault(IEnumerable<CustomerAddress> all, CustomerAddress chosen)
    {
        foreach (var other in all)
        {
            other.SetDefault(false);
        }

        chosen.SetDefault(true);
    }

    private static List<AccountError> Problems(Address address) =>
        AddressRules.Validate(address)
            .Select(p => new AccountError(AccountErrorCode.InvalidAddress, p.Message, ["address", p.Field], p.Field))
            .ToList();

    private static AccountError AddressNotFound() =>
        new(AccountErrorCode.AddressNotFound, "The address book has no entry with this ID.", ["id"], "id");

    private CustomerAddressView View(CustomerAddress entry) =>
        new(entry.Id, entry.IsDefault, StoredAddress.Deserialize(pii.Unprotect(entry.AddressProtected)!), entry.CreatedAt);
}

using System.Security.Cryptography;
using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Identity.External;
using Headless.Infrastructure.Identity.PersonalData;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Api.Identity.Oidc;

/// <summary>
/// <see cref="IExternalSignIn"/> over customer accounts. The link (provider, subject) decides first. Without one, an
/// email the provider verified finds the account that has it (and links it) or creates one (email marked verified,
/// a random password nobody knows: the customer can still set one through a password reset). An email the provider
/// does not vouch for is never trusted: <c>EMAIL_NOT_VERIFIED</c>, so nobody takes over an account, or squats an
/// address, by claiming an email at a lax provider. A provider that never shares an email (WeChat) gets an account
/// without one (<see cref="Customer.WithoutEmail"/>), reachable only through its link.
/// </summary>
public sealed class CustomerExternalSignIn(HeadlessDbContext db, IPersonalDataProtector pii, CustomerPasswords passwords, TimeProvider clock) : IExternalSignIn
{
    public async Task<ExternalAccountOutcome> FindOrCreateCustomerAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        try
        {
            return await AttemptAsync(identity, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first sign-ins of one person raced; the unique indexes let one through. The second attempt finds its work.
            db.ChangeTracker.Clear();
            return await AttemptAsync(identity, cancellationToken);
        }
    }

    private async Task<ExternalAccountOutcome> AttemptAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        var provider = identity.Provider.ToLowerInvariant();
        var now = clock.GetUtcNow();
        var link = await db.ExternalLogins.SingleOrDefaultAsync(l => l.Provider == provider && l.Subject == identity.Subject, cancellationToken);
        if (link is not null)
        {
            var linked = await db.Customers.SingleOrDefaultAsync(c => c.Id == link.CustomerId, cancellationToken);
            if (linked is { IsDeleted: false })
            {
                link.SignedIn(now);
                await db.SaveChangesAsync(cancellationToken);
                return ExternalAccountOutcome.SignedIn(linked.Id.ToString());
            }

            // The account was deleted (its personal data erased): the link goes with it, and this sign-in starts afresh.
            db.ExternalLogins.Remove(link);
        }

        if (identity.Email is null && !identity.ProviderSharesEmail)
        {
            // A provider that never shares an email (WeChat): the link is the only way in, so the account has no email.
            var emailless = Customer.WithoutEmail(Guid.NewGuid(), now);
            var (given, family) = SplitName(identity.Name);
            emailless.SetNames(pii.Protect(given), pii.Protect(family));
            db.Customers.Add(emailless);
            db.ExternalLogins.Add(new ExternalLogin(Guid.NewGuid(), provider, identity.Subject, emailless.Id, now));
            await db.SaveChangesAsync(cancellationToken);
            return ExternalAccountOutcome.SignedIn(emailless.Id.ToString());
        }

        if (identity.Email is null || !identity.EmailVerified)
        {
            return ExternalAccountOutcome.Refused(ExternalAccountOutcome.EmailNotVerified);
        }

        var email = PersonalDataProtector.NormalizeEmail(identity.Email);
        var index = await pii.EmailIndexAsync(email, cancellationToken);
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.EmailIndex == index, cancellationToken);
        if (customer is null)
        {
            customer = new Customer(Guid.NewGuid(), index, pii.Protect(email)!, passwords.Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), now);
            var (first, last) = SplitName(identity.Name);
            customer.SetNames(pii.Protect(first), pii.Protect(last));
            db.Customers.Add(customer);
        }

        // The provider vouches for the address, so it counts as verified here too.
        customer.MarkEmailVerified(now);
        db.ExternalLogins.Add(new ExternalLogin(Guid.NewGuid(), provider, identity.Subject, customer.Id, now));
        await db.SaveChangesAsync(cancellationToken);
        return ExternalAccountOutcome.SignedIn(customer.Id.ToString());
    }

    private static (string? First, string? Last) SplitName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, null);
        }

        var trimmed = name.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var (first, last) = space < 0 ? (trimmed, null) : (trimmed[..space], trimmed[(space + 1)..].Trim());
        // Profile limits are the account's; a provider's very long name is cut rather than refused.
        const int max = CustomerProfiles.MaxNameLength;
        return (first.Length > max ? first[..max] : first, last is { Length: > max } ? last[..max] : last);
    }
}

using Headless.Domain.Identity;
using Headless.Infrastructure.Identity.Mfa;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Identity.Staff;

/// <summary>
/// The documented owner account of a Development database (README "Admin API"), with a known password and a known
/// authenticator secret, so that the admin API can be tried at once. Never created outside Development.
/// </summary>
public static class DemoOwner
{
    public const string Email = "owner@headless.test";
    public const string Password = "headless-demo-owner";

    /// <summary>Base32; add it to an authenticator app, or compute codes with <c>oathtool --totp -b</c>.</summary>
    public const string TotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static async Task EnsureAsync(HeadlessDbContext db, StaffDirectory directory, TotpAuthenticator totp, CancellationToken cancellationToken)
    {
        if (await db.StaffMembers.AnyAsync(s => s.Email == Email, cancellationToken))
        {
            return;
        }

        try
        {
            var owner = await directory.CreateAsync(Email, "Demo Owner", Password, StaffRole.Owner, cancellationToken);
            totp.EnableWithKnownSecret(owner.Totp, TotpSecret);
            owner.Touch();
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Domain.SeedWork.DomainException exception) when (exception.Code == StaffDirectory.EmailTaken)
        {
            // Another instance seeded it first.
        }
    }
}

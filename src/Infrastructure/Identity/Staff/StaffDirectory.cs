using Headless.Domain.Identity;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Identity.Staff;

/// <summary>
/// Creates staff members and checks their passwords (ASP.NET Core Identity's PBKDF2 hasher, its default iteration
/// count). Passwords are never logged or returned.
/// </summary>
public sealed class StaffDirectory(HeadlessDbContext db, TimeProvider clock)
{
    public const int MinimumPasswordLength = 12;
    public const int MaximumPasswordLength = 256;
    public const string EmailTaken = "EMAIL_TAKEN";
    public const string WeakPassword = "WEAK_PASSWORD";

    private static readonly PasswordHasher<StaffMember> Hasher = new();

    // Verifying against this when the email is unknown makes the answer take as long as for a known one.
    private static readonly string DecoyHash = Hasher.HashPassword(null!, "decoy password for unknown staff emails");

    public async Task<StaffMember> CreateAsync(string email, string name, string password, StaffRole role, CancellationToken cancellationToken)
    {
        CheckPassword(password);
        var normalized = StaffMember.NormalizeEmail(email);
        if (await db.StaffMembers.AnyAsync(s => s.Email == normalized, cancellationToken))
        {
            throw new DomainException(EmailTaken, "A staff member with this email exists already.");
        }

        var member = new StaffMember(normalized, name, Hasher.HashPassword(null!, password), role, clock.GetUtcNow());
        db.StaffMembers.Add(member);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two creations raced; the unique index let one win.
            db.Entry(member).State = EntityState.Detached;
            if (await ExistsAsync(normalized))
            {
                throw new DomainException(EmailTaken, "A staff member with this email exists already.");
            }

            throw;
        }

        return member;
    }

    /// <summary>The enabled staff member with this email and password, or null (the same for an unknown email and a wrong password).</summary>
    public async Task<StaffMember?> FindByCredentialsAsync(string? email, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(password) || password.Length > MaximumPasswordLength)
        {
            return null;
        }

        string normalized;
        try
        {
            normalized = StaffMember.NormalizeEmail(email);
        }
        catch (DomainException)
        {
            Hasher.VerifyHashedPassword(null!, DecoyHash, password);
            return null;
        }

        var member = await db.StaffMembers.SingleOrDefaultAsync(s => s.Email == normalized, cancellationToken);
        var verdict = Hasher.VerifyHashedPassword(member!, member?.PasswordHash ?? DecoyHash, password);
        if (member is null || member.IsDisabled || verdict == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            member.ChangePassword(Hasher.HashPassword(member, password));
        }

        return member;
    }

    public static void CheckPassword(string? password)
    {
        if (password is null || password.Length < MinimumPasswordLength || password.Length > MaximumPasswordLength)
        {
            throw new DomainException(WeakPassword, $"A staff password has {MinimumPasswordLength} to {MaximumPasswordLength} characters.");
        }

        if (password.Distinct().Count() < 5)
        {
            throw new DomainException(WeakPassword, "The password repeats too few characters; choose a longer passphrase.");
        }
    }

    private async Task<bool> ExistsAsync(string email) => await db.StaffMembers.AsNoTracking().AnyAsync(s => s.Email == email);
}

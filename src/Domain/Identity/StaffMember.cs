using System.Collections.Frozen;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Identity;

/// <summary>
/// Someone who runs the shop through the admin API; kept apart from customers. The role decides the permissions
/// (<see cref="RolePermissions"/>); the authenticator app (<see cref="Totp"/>) is required before any admin work.
/// </summary>
public sealed class StaffMember : AggregateRoot
{
    public const int MaxEmailLength = 254;
    public const int MaxNameLength = 200;

    public StaffMember(string email, string name, string passwordHash, StaffRole role, DateTimeOffset createdAt)
    {
        Email = NormalizeEmail(email);
        Name = Guard.Text(name, MaxNameLength, StaffErrorCodes.InvalidName, "Name");
        PasswordHash = passwordHash;
        Role = role;
        CreatedAt = createdAt;
        Totp = new TotpFactor();
        ConcurrencyStamp = Guid.NewGuid();
    }

    // For EF Core materialization.
    private StaffMember()
    {
        Email = null!;
        Name = null!;
        PasswordHash = null!;
        Totp = null!;
    }

    /// <summary>Trimmed and lower-cased, so that it is the sign-in key.</summary>
    public string Email { get; private set; }

    public string Name { get; private set; }

    public string PasswordHash { get; private set; }

    public StaffRole Role { get; private set; }

    public bool IsDisabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Sessions (staff tokens) issued before this instant are no longer accepted.</summary>
    public DateTimeOffset? SessionsRevokedAt { get; private set; }

    public TotpFactor Totp { get; private set; }

    /// <summary>Changes on every write, so two concurrent writes (a code used twice at once) cannot both win.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    public FrozenSet<string> Permissions => RolePermissions.For(Role);

    public static string NormalizeEmail(string? email)
    {
        var trimmed = email?.Trim().ToLowerInvariant();
        var at = trimmed?.IndexOf('@') ?? -1;
        if (trimmed is null || trimmed.Length > MaxEmailLength || at <= 0 || at == trimmed.Length - 1 || trimmed.Any(char.IsWhiteSpace))
        {
            throw new DomainException(StaffErrorCodes.InvalidEmail, "An email address such as name@example.com is required.");
        }

        return trimmed;
    }

    public void ChangeRole(StaffRole role) => Touch(() => Role = role);

    public void ChangePassword(string passwordHash) => Touch(() => PasswordHash = passwordHash);

    public void Disable() => Touch(() => IsDisabled = true);

    public void RevokeSessions(DateTimeOffset now) => Touch(() => SessionsRevokedAt = now);

    /// <summary>Marks a change made through <see cref="Totp"/>, so that the concurrency check sees it.</summary>
    public void Touch() => ConcurrencyStamp = Guid.NewGuid();

    private void Touch(Action change)
    {
        change();
        Touch();
    }
}

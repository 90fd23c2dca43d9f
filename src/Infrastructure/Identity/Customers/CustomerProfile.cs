namespace Headless.Infrastructure.Identity.Customers;

/// <summary>A customer's account as its owner reads it, decrypted.</summary>
public sealed record CustomerProfile(Guid Id, string Email, bool EmailVerified, string? FirstName, string? LastName, string? Phone, DateTimeOffset CreatedAt, bool TotpEnabled)
{
    public override string ToString() => $"CustomerProfile {Id}";
}

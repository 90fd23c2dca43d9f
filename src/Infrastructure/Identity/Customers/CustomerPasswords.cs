using Microsoft.AspNetCore.Identity;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>
/// ASP.NET Core Identity's password hasher (PBKDF2-HMAC-SHA512, its default 100,000 iterations, random salt). An
/// unknown email is checked against a dummy hash of the same cost, so both failures take as long.
/// </summary>
public sealed class CustomerPasswords
{
    private readonly PasswordHasher<Customer> _hasher = new();
    private readonly Lazy<string> _dummyHash;

    public CustomerPasswords() =>
        _dummyHash = new Lazy<string>(() => _hasher.HashPassword(null!, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    /// <summary>Whether the password matches; with <paramref name="customer"/> null, the same work against the dummy.</summary>
    public (bool Matches, bool NeedsRehash) Verify(Customer? customer, string password)
    {
        var hash = customer is { PasswordHash.Length: > 0 } ? customer.PasswordHash : _dummyHash.Value;
        var result = _hasher.VerifyHashedPassword(customer!, hash, password);
        var matches = customer is { PasswordHash.Length: > 0 } && result != PasswordVerificationResult.Failed;
        return (matches, matches && result == PasswordVerificationResult.SuccessRehashNeeded);
    }
}

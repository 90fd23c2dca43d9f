using System.Security.Cryptography;
using System.Text;
using Headless.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Identity.PersonalData;

/// <summary>
/// <see cref="IPersonalDataProtector"/> over Data Protection. The blind-index key is <c>PersonalData:BlindIndexKey</c>
/// (base64, at least 32 bytes) when set, so it can live outside the database; otherwise 32 random bytes created by
/// the first instance that needs them and stored protected in <c>protected_secrets</c>.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider protection, IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock)
    : IPersonalDataProtector
{
    public const string BlindIndexKeySetting = "PersonalData:BlindIndexKey";
    private const string BlindIndexSecretName = "blind-index-key";

    private readonly IDataProtector _protector = protection.CreateProtector("Headless.Identity.PersonalData.v1");
    private readonly IDataProtector _secrets = protection.CreateProtector("Headless.Identity.Secrets.v1");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _indexKey;

    public string? Protect(string? value) => string.IsNullOrEmpty(value) ? null : _protector.Protect(value);

    public string? Unprotect(string? protectedValue) => string.IsNullOrEmpty(protectedValue) ? null : _protector.Unprotect(protectedValue);

    public async ValueTask<string> EmailIndexAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        return await BlindIndexAsync(NormalizeEmail(email), cancellationToken);
    }

    public async ValueTask<string> BlindIndexAsync(string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = _indexKey ?? await LoadIndexKeyAsync(cancellationToken);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value)));
    }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    private async Task<byte[]> LoadIndexKeyAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_indexKey is { } loaded)
            {
                return loaded;
            }

            if (configuration[BlindIndexKeySetting] is { Length: > 0 } configured)
            {
                var bytes = Convert.FromBase64String(configured);
                return _indexKey = bytes.Length >= 32
                    ? bytes
                    : throw new InvalidOperationException($"{BlindIndexKeySetting} must be at least 32 bytes, base64-encoded.");
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            var stored = await db.ProtectedSecrets.AsNoTracking().SingleOrDefaultAsync(s => s.Name == BlindIndexSecretName, cancellationToken);
            if (stored is null)
            {
                db.ProtectedSecrets.Add(new ProtectedSecret(BlindIndexSecretName, _secrets.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), clock.GetUtcNow()));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another instance created it first: use theirs.
                    db.ChangeTracker.Clear();
                }

                stored = await db.ProtectedSecrets.AsNoTracking().SingleAsync(s => s.Name == BlindIndexSecretName, cancellationToken);
            }

            return _indexKey = Convert.FromBase64String(_secrets.Unprotect(stored.ProtectedValue));
        }
        finally
        {
            _gate.Release();
        }
    }
}

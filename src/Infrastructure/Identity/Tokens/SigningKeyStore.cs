using System.Security.Cryptography;
using Headless.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Headless.Infrastructure.Identity.Tokens;

/// <summary>
/// The signing keys of the database, cached per instance for <see cref="HeadlessAuthenticationOptions.SigningKeyCacheDuration"/>.
/// The newest active key signs; every key not retired, or retired less than a token lifetime ago, validates. A token
/// whose <c>kid</c> this instance does not know yet reloads the set (at most once a second), so a key another
/// instance just created is accepted at once.
/// </summary>
public sealed class SigningKeyStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, HeadlessAuthenticationOptions options, TimeProvider clock)
{
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    private const string ProtectorPurpose = "Headless.Identity.SigningKeys.v1";
    private static readonly TimeSpan MinimumReloadInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private readonly IDataProtector _protector = protection.CreateProtector(ProtectorPurpose);
    private volatile Snapshot? _snapshot;

    /// <summary>The keys of the last load, for the synchronous <c>IssuerSigningKeyResolver</c>.</summary>
    public IReadOnlyList<ValidationKey> CachedValidationKeys =>
        _snapshot?.Validation.Where(k => k.ValidUntil is not { } until || until > clock.GetUtcNow()).ToList() ?? [];

    /// <summary>Makes sure the cache is fresh and, when <paramref name="kid"/> is unknown to it, reloaded.</summary>
    public async ValueTask EnsureLoadedAsync(string? kid, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        var now = clock.GetUtcNow();
        var stale = snapshot is null || now - snapshot.LoadedAt >= options.SigningKeyCacheDuration;
        var unknown = kid is not null && snapshot is not null && snapshot.Validation.All(k => k.Id != kid) && now - snapshot.LoadedAt >= MinimumReloadInterval;
        if (stale || unknown)
        {
            await ReloadAsync(snapshot, cancellationToken);
        }
    }

    /// <summary>The key to sign with now: the newest active one, created (or rotated by age) when needed.</summary>
    public async Task<(string Id, SigningCredentials Credentials)> GetSigningCredentialsAsync(CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(null, cancellationToken);
        var now = clock.GetUtcNow();
        var active = _snapshot!.Active;
        var tooOld = active is not null && options.SigningKeyRotationInterval > TimeSpan.Zero && now - active.ActivatedAt >= options.SigningKeyRotationInterval;
        if (active is null || tooOld)
        {
            await RotateAsync(cancellationToken);
            active = _snapshot!.Active!;
        }

        return (active.Id, new SigningCredentials(active.PrivateKey, Algorithm) { CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false } });
    }

    /// <summary>
    /// Creates a new key and makes it the active one; the keys active before are retired (they sign no more and
    /// validate until their last token expires).
    /// </summary>
    public async Task<string> RotateAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var id = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12));
        var key = new SigningKey(
            id,
            Algorithm,
            Convert.ToBase64String(ecdsa.ExportSubjectPublicKeyInfo()),
            _protector.Protect(Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey())),
            now);

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            foreach (var old in await db.SigningKeys.Where(k => k.RetiredAt == null).ToListAsync(cancellationToken))
            {
                old.Retire(now);
            }

            db.SigningKeys.Add(key);
            await db.SaveChangesAsync(cancellationToken);
        }

        await ReloadAsync(null, cancellationToken, force: true);
        return id;
    }

    private async Task ReloadAsync(Snapshot? seen, CancellationToken cancellationToken, bool force = false)
    {
        await _reload.WaitAsync(cancellationToken);
        try
        {
            // Another caller reloaded while this one waited.
            if (!force && !ReferenceEquals(_snapshot, seen))
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            var now = clock.GetUtcNow();
            // Retired keys are kept only while a token they signed can still be valid.
            var horizon = options.AccessTokenLifetime + options.ClockSkew;
            var rows = await db.SigningKeys.AsNoTracking().ToListAsync(cancellationToken);
            var validation = new List<ValidationKey>();
            ActiveKey? active = null;
            foreach (var row in rows.OrderBy(r => r.ActivatedAt).ThenBy(r => r.Id, StringComparer.Ordinal))
            {
                var validUntil = row.RetiredAt + horizon;
                if (validUntil is { } until && until <= now)
                {
                    continue;
                }

                var publicKey = ECDsa.Create();
                publicKey.ImportSubjectPublicKeyInfo(Convert.FromBase64String(row.PublicKey), out _);
                validation.Add(new ValidationKey(row.Id, new ECDsaSecurityKey(publicKey) { KeyId = row.Id }, validUntil));
                if (row.RetiredAt is null)
                {
                    active = new ActiveKey(row.Id, row.ActivatedAt, row.ProtectedPrivateKey, _protector);
                }
            }

            _snapshot = new Snapshot(now, validation, active);
        }
        finally
        {
            _reload.Release();
        }
    }

    private sealed record Snapshot(DateTimeOffset LoadedAt, IReadOnlyList<ValidationKey> Validation, ActiveKey? Active);

    private sealed class ActiveKey(string id, DateTimeOffset activatedAt, string protectedPrivateKey, IDataProtector protector)
    {
        private readonly Lazy<ECDsaSecurityKey> _privateKey = new(() =>
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Unprotect(protectedPrivateKey)), out _);
            return new ECDsaSecurityKey(ecdsa) { KeyId = id };
        });

        public string Id => id;

        public DateTimeOffset ActivatedAt => activatedAt;

        public ECDsaSecurityKey PrivateKey => _privateKey.Value;
    }
}

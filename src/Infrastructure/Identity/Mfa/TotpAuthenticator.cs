using System.Security.Cryptography;
using Headless.Domain.Identity;
using Headless.Domain.SeedWork;
using Microsoft.AspNetCore.DataProtection;
using OtpNet;
using QRCoder;

namespace Headless.Infrastructure.Identity.Mfa;

/// <summary>
/// RFC 6238 codes (SHA-1, 6 digits, 30 s) for any account's <see cref="TotpFactor"/>: enrolment with a QR code,
/// confirmation that hands out recovery codes, and verification that refuses a code used before within its step.
/// Secrets are kept protected by ASP.NET Core Data Protection; recovery codes only as SHA-256 hashes (they carry
/// 80 random bits, so a fast hash is enough).
/// </summary>
public sealed class TotpAuthenticator(IDataProtectionProvider protection, TotpOptions options, TimeProvider clock)
{
    public const int RecoveryCodeCount = 10;
    private const string RecoveryAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    private readonly IDataProtector _protector = protection.CreateProtector("Headless.Identity.Totp.v1");

    /// <summary>Starts (or restarts) enrolment: a new secret, pending until <see cref="Confirm"/>.</summary>
    public TotpEnrollment Start(TotpFactor factor, string accountName)
    {
        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20)).TrimEnd('=');
        factor.Start(_protector.Protect(secret));
        var label = Uri.EscapeDataString($"{options.Issuer}:{accountName}");
        var uri = $"otpauth://totp/{label}?secret={secret}&issuer={Uri.EscapeDataString(options.Issuer)}&algorithm=SHA1&digits=6&period=30";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new TotpEnrollment(secret, uri, svg);
    }

    /// <summary>Turns the pending secret on when <paramref name="code"/> is right; returns the recovery codes, shown once, or null.</summary>
    public IReadOnlyList<string>? Confirm(TotpFactor factor, string code)
    {
        if (factor.PendingSecret is not { } pending)
        {
            throw new DomainException(StaffErrorCodes.TotpNotStarted, "Start the enrolment first.");
        }

        if (MatchStep(pending, code) is not { } step)
        {
            return null;
        }

        var codes = Enumerable.Range(0, RecoveryCodeCount).Select(_ => NewRecoveryCode()).ToList();
        factor.Confirm(step, codes.Select(HashRecoveryCode), clock.GetUtcNow());
        return codes;
    }

    /// <summary>
    /// Checks a current code (each step accepted once) or, when <paramref name="allowRecoveryCode"/>, spends a
    /// recovery code. The factor changes on success: save it, with the account's concurrency check.
    /// </summary>
    public TotpCheck Verify(TotpFactor factor, string? code, bool allowRecoveryCode = true)
    {
        if (factor.Secret is not { } secret || string.IsNullOrWhiteSpace(code) || code.Length > 64)
        {
            return TotpCheck.Invalid;
        }

        var trimmed = code.Trim();
        if (trimmed.Length == 6 && trimmed.All(char.IsAsciiDigit))
        {
            return MatchStep(secret, trimmed) is { } step && factor.TryAcceptStep(step) ? TotpCheck.Accepted : TotpCheck.Invalid;
        }

        return allowRecoveryCode && factor.TryUseRecoveryCode(HashRecoveryCode(trimmed)) ? TotpCheck.AcceptedRecoveryCode : TotpCheck.Invalid;
    }

    /// <summary>Enables a factor with a secret known in advance: for the Development demo account only.</summary>
    public void EnableWithKnownSecret(TotpFactor factor, string base32Secret)
    {
        factor.Start(_protector.Protect(base32Secret));
        factor.Confirm(0, [], clock.GetUtcNow());
    }

    public static string HashRecoveryCode(string code) => SecretToken.Hash(code.Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal));

    private long? MatchStep(string protectedSecret, string code)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var totp = new Totp(Base32Encoding.ToBytes(_protector.Unprotect(protectedSecret)));
        var window = new VerificationWindow(options.AllowedDriftSteps, options.AllowedDriftSteps);
        return totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, window) ? step : null;
    }

    /// <summary>Sixteen characters from an unambiguous alphabet (80 bits), shown as four groups of four.</summary>
    private static string NewRecoveryCode()
    {
        var chars = Enumerable.Range(0, 16).Select(_ => RecoveryAlphabet[RandomNumberGenerator.GetInt32(RecoveryAlphabet.Length)]).ToArray();
        return string.Join('-', chars.Chunk(4).Select(c => new string(c)));
    }
}

using Headless.Domain.SeedWork;

namespace Headless.Domain.Identity;

/// <summary>
/// An account's authenticator-app factor (RFC 6238), owned by the account: the secret being enrolled, the confirmed
/// one, the last time step accepted (a code is good once) and the hashes of the unused recovery codes. Secrets are
/// kept as the caller protected them; this type never sees them in clear.
/// </summary>
public sealed class TotpFactor
{
    private const char Separator = ' ';

    public string? PendingSecret { get; private set; }

    public string? Secret { get; private set; }

    public DateTimeOffset? EnabledAt { get; private set; }

    /// <summary>The time step of the last code accepted; a code of this step or an earlier one is a replay.</summary>
    public long? LastAcceptedStep { get; private set; }

    /// <summary>Hashes of the unused recovery codes, space-separated.</summary>
    public string RecoveryCodeHashes { get; private set; } = "";

    public bool IsEnabled => Secret is not null;

    public int RemainingRecoveryCodes => RecoveryCodeHashes.Split(Separator, StringSplitOptions.RemoveEmptyEntries).Length;

    public void Start(string protectedSecret)
    {
        if (IsEnabled)
        {
            throw new DomainException(StaffErrorCodes.TotpAlreadyEnabled, "The authenticator app is already enabled; disable it first.");
        }

        PendingSecret = protectedSecret;
    }

    /// <summary>Turns the pending secret on, having accepted a code of <paramref name="step"/>.</summary>
    public void Confirm(long step, IEnumerable<string> recoveryCodeHashes, DateTimeOffset now)
    {
        if (PendingSecret is null)
        {
            throw new DomainException(StaffErrorCodes.TotpNotStarted, "Start the enrolment first.");
        }

        Secret = PendingSecret;
        PendingSecret = null;
        EnabledAt = now;
        LastAcceptedStep = step;
        RecoveryCodeHashes = string.Join(Separator, recoveryCodeHashes);
    }

    public void Disable()
    {
        if (!IsEnabled)
        {
            throw new DomainException(StaffErrorCodes.TotpNotEnabled, "The authenticator app is not enabled.");
        }

        Secret = null;
        PendingSecret = null;
        EnabledAt = null;
        LastAcceptedStep = null;
        RecoveryCodeHashes = "";
    }

    /// <summary>Records a code's step as used; false when it (or a later one) was used already.</summary>
    public bool TryAcceptStep(long step)
    {
        if (LastAcceptedStep is { } last && step <= last)
        {
            return false;
        }

        LastAcceptedStep = step;
        return true;
    }

    /// <summary>Spends the recovery code with this hash; false when no unused code has it.</summary>
    public bool TryUseRecoveryCode(string hash)
    {
        var hashes = RecoveryCodeHashes.Split(Separator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!hashes.Remove(hash))
        {
            return false;
        }

        RecoveryCodeHashes = string.Join(Separator, hashes);
        return true;
    }
}

using Headless.Infrastructure.Identity.Devices;
using Headless.Infrastructure.Identity.Mfa;
using Headless.Infrastructure.Identity.PersonalData;
using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Identity.Tokens;
using Headless.Infrastructure.Notifications;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>
/// Sign-up, sign-in, sessions and the password and email flows of customer accounts. Nothing here logs a
/// password, a token or an email address.
/// </summary>
public sealed class CustomerAccountService(
    HeadlessDbContext db,
    IPersonalDataProtector pii,
    CustomerPasswords passwords,
    SessionService sessions,
    IAccessTokenIssuer issuer,
    SignInThrottle throttle,
    AccountTokens accountTokens,
    IEmailSender email,
    AccountOptions options,
    TimeProvider clock,
    IEnumerable<ISignInSecondFactor> secondFactors,
    MfaOptions mfa,
    TrustedDevices devices)
{
    public const string SignInPurpose = "signin";
    public const string SignUpPurpose = "signup";
    public const string ResetPurpose = "reset";

    public async Task<AuthResult> SignUpAsync(string emailAddress, string password, string? firstName, string? lastName, string clientAddress, CancellationToken ct)
    {
        var addressKey = SignInThrottle.AddressKey(SignUpPurpose, clientAddress);
        if (await throttle.RetryAfterAsync([addressKey], ct) is { } wait)
        {
            return AuthResult.Failed(AccountError.TooManyAttempts(wait));
        }

        await throttle.RecordAsync(addressKey, options.Throttling.SignUpsPerAddress, ct);
        if (ValidEmail(emailAddress) is not { } normalized)
        {
            return AuthResult.Failed(new AccountError(AccountErrorCode.InvalidEmail, "This is not an email address.", ["email"], "email"));
        }

        if (PasswordPolicy.Problem(password, normalized) is { } weak)
        {
            return AuthResult.Failed(AccountError.WeakPassword("password", weak));
        }

        if (CustomerProfiles.ProfileProblem(firstName, lastName, null) is { } profile)
        {
            return AuthResult.Failed(profile);
        }

        var index = await pii.EmailIndexAsync(normalized, ct);
        if (await db.Customers.AnyAsync(c => c.EmailIndex == index, ct))
        {
            return AuthResult.Failed(EmailTaken());
        }

        var now = clock.GetUtcNow();
        var customer = new Customer(Guid.NewGuid(), index, pii.Protect(normalized)!, passwords.Hash(password), now);
        customer.SetNames(pii.Protect(Clean(firstName)), pii.Protect(Clean(lastName)));
        db.Customers.Add(customer);
        var verification = accountTokens.Create(customer.Id, AccountTokenPurpose.EmailVerification, options.EmailVerificationTokenLifetime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two sign-ups of one address raced; the unique index let one through.
            if (await IndexTakenAsync(index, ct))
            {
                return AuthResult.Failed(EmailTaken());
            }

            throw;
        }

        await SendVerificationAsync(normalized, verification, ct);
        return await StartSessionAsync(customer, ct);
    }

    /// <summary>
    /// Email and password, then the second factor, unless <see cref="MfaOptions.RequireOnNewDevice"/> is on and
    /// <paramref name="deviceToken"/> is one of the account's trusted devices. With that setting on, a sign-in that
    /// passed the code answers a new device token.
    /// </summary>
    public async Task<AuthResult> SignInAsync(string emailAddress, string password, string? totpCode, string? deviceToken, string clientAddress, CancellationToken ct)
    {
        var normalized = PersonalDataProtector.NormalizeEmail(emailAddress ?? string.Empty);
        var index = await pii.EmailIndexAsync(normalized, ct);
        var accountKey = SignInThrottle.AccountKey(index);
        var addressKey = SignInThrottle.AddressKey(SignInPurpose, clientAddress);
        if (await throttle.RetryAfterAsync([accountKey, addressKey], ct) is { } wait)
        {
            return AuthResult.Failed(AccountError.TooManyAttempts(wait));
        }

        var customer = password is { Length: > 0 and <= PasswordPolicy.MaxLength }
            ? await db.Customers.SingleOrDefaultAsync(c => c.EmailIndex == index, ct)
            : null;
        var (matches, needsRehash) = passwords.Verify(customer, password is { Length: <= PasswordPolicy.MaxLength } ? password : string.Empty);
        if (!matches || customer is null)
        {
            await throttle.RecordFailedSignInAsync(accountKey, addressKey, ct);
            return AuthResult.Failed(AccountError.InvalidCredentials());
        }

        var knownDevice = mfa.RequireOnNewDevice && await devices.IsTrustedAsync(customer.Id, deviceToken, ct);
        foreach (var factor in knownDevice ? Enumerable.Empty<ISignInSecondFactor>() : secondFactors)
        {
            if (await factor.CheckAsync(customer.Id, totpCode, ct) is { } refused)
            {
                if (refused.Code == AccountErrorCode.InvalidTotp)
                {
                    await throttle.RecordFailedSignInAsync(accountKey, addressKey, ct);
                }

                return AuthResult.Failed(refused);
            }
        }

        if (needsRehash)
        {
            customer.ChangePassword(passwords.Hash(password), customer.PasswordChangedAt);
        }

        // Only a sign-in that passed a second factor makes a device known; without one there is nothing to spare later.
        var newDeviceToken = mfa.RequireOnNewDevice && !knownDevice && customer.Totp.IsEnabled ? await devices.IssueAsync(customer.Id, ct) : null;
        await db.SaveChangesAsync(ct);
        await throttle.ResetAsync(accountKey, ct);
        return await StartSessionAsync(customer, ct) with { DeviceToken = newDeviceToken };
    }

    public async Task<AuthResult> RefreshAsync(string refreshToken, IEnumerable<ICallerPermissionSource> sources, CancellationToken ct)
    {
        var outcome = await sessions.RefreshAsync(refreshToken, ct);
        if (outcome.Tokens is not { } tokens)
        {
            return AuthResult.Failed(AccountError.InvalidToken("refreshToken"));
        }

        IReadOnlyCollection<string>? permissions;
        Customer? customer = null;
        if (tokens.Kind == CallerKinds.Customer)
        {
            customer = Guid.TryParse(tokens.Subject, out var id) ? await db.Customers.SingleOrDefaultAsync(c => c.Id == id, ct) : null;
            permissions = customer is { IsDeleted: false } ? [] : null;
        }
        else
        {
            permissions = sources.FirstOrDefault(s => s.Kind == tokens.Kind) is { } source ? await source.PermissionsAsync(tokens.Subject, ct) : null;
        }

        if (permissions is null)
        {
            await sessions.RevokeAsync(tokens.SessionId, SessionRevocationReasons.AccountDeleted, ct);
            return AuthResult.Failed(AccountError.InvalidToken("refreshToken"));
        }

        var access = await issuer.IssueAsync(tokens.Subject, tokens.Kind, permissions, tokens.SessionId.ToString(), ct);
        return new AuthResult(access, tokens, customer, []);
    }

    /// <summary>Ends the session of <paramref name="sessionId"/>, or else the one <paramref name="refreshToken"/> belongs to.</summary>
    public async Task<IReadOnlyList<AccountError>> SignOutAsync(Guid? sessionId, string? refreshToken, CancellationToken ct)
    {
        if (sessionId is null && !string.IsNullOrEmpty(refreshToken))
        {
            var hash = SessionService.Hash(refreshToken);
            sessionId = await db.RefreshTokens.AsNoTracking().Where(t => t.TokenHash == hash).Select(t => (Guid?)t.SessionId).SingleOrDefaultAsync(ct);
            if (sessionId is null)
            {
                return [AccountError.InvalidToken("refreshToken")];
            }
        }

        if (sessionId is not { } id)
        {
            return [AccountError.Unauthenticated()];
        }

        await sessions.RevokeAsync(id, SessionRevocationReasons.SignedOut, ct);
        return [];
    }

    /// <summary>Sends a reset link when an account has the address; the answer is the same either way.</summary>
    public async Task<IReadOnlyList<AccountError>> RequestPasswordResetAsync(string emailAddress, string clientAddress, CancellationToken ct)
    {
        var addressKey = SignInThrottle.AddressKey(ResetPurpose, clientAddress);
        if (await throttle.RetryAfterAsync([addressKey], ct) is { } wait)
        {
            return [AccountError.TooManyAttempts(wait)];
        }

        await throttle.RecordAsync(addressKey, options.Throttling.SignUpsPerAddress, ct);
        var normalized = PersonalDataProtector.NormalizeEmail(emailAddress ?? string.Empty);
        var index = await pii.EmailIndexAsync(normalized, ct);
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.EmailIndex == index, ct);
        if (customer is null)
        {
            return [];
        }

        var token = accountTokens.Create(customer.Id, AccountTokenPurpose.PasswordReset, options.PasswordResetTokenLifetime);
        await db.SaveChangesAsync(ct);
        await email.SendAsync(new EmailMessage(normalized, "password-reset", "Reset your password",
            $"Someone asked to reset the password of your account. If it was you, use this token within {options.PasswordResetTokenLifetime.TotalMinutes:0} minutes: {token}\nIf not, ignore this email."), ct);
        return [];
    }

    public async Task<(Customer? Customer, IReadOnlyList<AccountError> Errors)> ResetPasswordAsync(string token, string newPassword, CancellationToken ct)
    {
        // Checked before the token is used up, so a refused password can be retried with the same link.
        if (PasswordPolicy.Problem(newPassword ?? string.Empty, null) is { } refused)
        {
            return (null, [AccountError.WeakPassword("newPassword", refused)]);
        }

        if (await accountTokens.ConsumeAsync(token, AccountTokenPurpose.PasswordReset, ct) is not { } customerId
            || await db.Customers.SingleOrDefaultAsync(c => c.Id == customerId && c.DeletedAt == null, ct) is not { } customer)
        {
            return (null, [AccountError.InvalidToken("token")]);
        }

        if (PasswordPolicy.Problem(newPassword!, pii.Unprotect(customer.EmailProtected)) is { } weak)
        {
            return (null, [AccountError.WeakPassword("newPassword", weak)]);
        }

        var now = clock.GetUtcNow();
        customer.ChangePassword(passwords.Hash(newPassword!), now);
        // The link reached the mailbox: that proves the address as well as verification would.
        customer.MarkEmailVerified(now);
        await db.SaveChangesAsync(ct);
        await accountTokens.InvalidateAllAsync(customer.Id, AccountTokenPurpose.PasswordReset, ct);
        await sessions.RevokeAllAsync(customer.Id.ToString(), CallerKinds.Customer, null, SessionRevocationReasons.PasswordReset, ct);
        await devices.RevokeAllAsync(customer.Id, ct);
        return (customer, []);
    }

    public async Task<(Customer? Customer, IReadOnlyList<AccountError> Errors)> ChangePasswordAsync(Guid customerId, Guid? currentSession, string currentPassword, string newPassword, string clientAddress, CancellationToken ct)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == customerId && c.DeletedAt == null, ct);
        if (customer is null)
        {
            return (null, [AccountError.Unauthenticated()]);
        }

        var accountKey = SignInThrottle.AccountKey(customer.EmailIndex);
        var addressKey = SignInThrottle.AddressKey(SignInPurpose, clientAddress);
        if (await throttle.RetryAfterAsync([accountKey, addressKey], ct) is { } wait)
        {
            return (null, [AccountError.TooManyAttempts(wait)]);
        }

        if (currentPassword is not { Length: > 0 and <= PasswordPolicy.MaxLength } || !passwords.Verify(customer, currentPassword).Matches)
        {
            await throttle.RecordFailedSignInAsync(accountKey, addressKey, ct);
            return (null, [new AccountError(AccountErrorCode.InvalidCredentials, "The current password is wrong.", ["currentPassword"], "currentPassword")]);
        }

        if (PasswordPolicy.Problem(newPassword, pii.Unprotect(customer.EmailProtected)) is { } weak)
        {
            return (null, [AccountError.WeakPassword("newPassword", weak)]);
        }

        customer.ChangePassword(passwords.Hash(newPassword), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await accountTokens.InvalidateAllAsync(customer.Id, AccountTokenPurpose.PasswordReset, ct);
        await sessions.RevokeAllAsync(customer.Id.ToString(), CallerKinds.Customer, currentSession, SessionRevocationReasons.PasswordChanged, ct);
        // A password change is the answer to a suspected compromise: every device gives the code again.
        await devices.RevokeAllAsync(customer.Id, ct);
        return (customer, []);
    }

    public async Task<(Customer? Customer, IReadOnlyList<AccountError> Errors)> RequestEmailVerificationAsync(Guid customerId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId && c.DeletedAt == null, ct);
        if (customer is null)
        {
            return (null, [AccountError.Unauthenticated()]);
        }

        // An account without an email (made by WeChat sign-in) has nothing to verify.
        if (customer.EmailVerifiedAt is null && customer.HasEmail)
        {
            var token = accountTokens.Create(customer.Id, AccountTokenPurpose.EmailVerification, options.EmailVerificationTokenLifetime);
            await db.SaveChangesAsync(ct);
            await SendVerificationAsync(pii.Unprotect(customer.EmailProtected)!, token, ct);
        }

        return (customer, []);
    }

    public async Task<(Customer? Customer, IReadOnlyList<AccountError> Errors)> VerifyEmailAsync(string token, CancellationToken ct)
    {
        if (await accountTokens.ConsumeAsync(token, AccountTokenPurpose.EmailVerification, ct) is not { } customerId
            || await db.Customers.SingleOrDefaultAsync(c => c.Id == customerId && c.DeletedAt == null, ct) is not { } customer)
        {
            return (null, [AccountError.InvalidToken("token")]);
        }

        customer.MarkEmailVerified(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (customer, []);
    }

    /// <summary>Checks a customer's password (for <c>deleteMyAccount</c>), counting a failure as a failed sign-in.</summary>
    public async Task<AccountError?> ConfirmPasswordAsync(Customer customer, string password, string clientAddress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (!customer.HasPassword)
        {
            // An account made by a provider that shares no email (WeChat) has no password: its session is all it has to show.
            return null;
        }

        var accountKey = SignInThrottle.AccountKey(customer.EmailIndex);
        var addressKey = SignInThrottle.AddressKey(SignInPurpose, clientAddress);
        if (await throttle.RetryAfterAsync([accountKey, addressKey], ct) is { } wait)
        {
            return AccountError.TooManyAttempts(wait);
        }

        if (password is { Length: > 0 and <= PasswordPolicy.MaxLength } && passwords.Verify(customer, password).Matches)
        {
            return null;
        }

        await throttle.RecordFailedSignInAsync(accountKey, addressKey, ct);
        return new AccountError(AccountErrorCode.InvalidCredentials, "The password is wrong.", ["password"], "password");
    }

    /// <summary>The address trimmed and lower-cased when it is one (the checkout's rule), else null.</summary>
    public static string? ValidEmail(string? address)
    {
        var trimmed = address?.Trim() ?? string.Empty;
        var at = trimmed.LastIndexOf('@');
        var valid = trimmed.Length <= 254
            && at > 0
            && at < trimmed.Length - 1
            && trimmed.IndexOf('.', at) > at + 1
            && !trimmed.EndsWith('.')
            && !trimmed.Any(char.IsWhiteSpace);
        return valid ? PersonalDataProtector.NormalizeEmail(trimmed) : null;
    }

    private async Task<AuthResult> StartSessionAsync(Customer customer, CancellationToken ct)
    {
        var session = await sessions.StartAsync(customer.Id.ToString(), CallerKinds.Customer, ct);
        var access = await issuer.IssueAsync(customer.Id.ToString(), CallerKinds.Customer, [], session.SessionId.ToString(), ct);
        return new AuthResult(access, session, customer, []);
    }

    private Task SendVerificationAsync(string to, string token, CancellationToken ct) =>
        email.SendAsync(new EmailMessage(to, "email-verification", "Confirm your email address",
            $"Confirm that this address is yours with this token within {options.EmailVerificationTokenLifetime.TotalHours:0} hours: {token}"), ct);

    private async Task<bool> IndexTakenAsync(string index, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Customers.AnyAsync(c => c.EmailIndex == index, ct);
    }

    private static AccountError EmailTaken() =>
        new(AccountErrorCode.EmailTaken, "An account already has this email address; sign in or reset the password.", ["email"], "email");

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

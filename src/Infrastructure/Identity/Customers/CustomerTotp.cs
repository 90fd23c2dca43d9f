using Headless.Domain.Identity;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Identity.Mfa;
using Headless.Infrastructure.Identity.PersonalData;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>
/// The optional authenticator app of customer accounts: enrolment and removal for a signed-in customer, and the
/// second step of <see cref="CustomerAccountService.SignInAsync"/> once it is on. The RFC 6238 work is
/// <see cref="TotpAuthenticator"/>'s, shared with staff accounts.
/// </summary>
public sealed class CustomerTotp(HeadlessDbContext db, TotpAuthenticator totp, IPersonalDataProtector pii) : ISignInSecondFactor
{
    private const string CodeField = "code";

    public async Task<(TotpEnrollment? Enrollment, IReadOnlyList<AccountError> Errors)> StartAsync(Guid customerId, CancellationToken ct)
    {
        if (await FindAsync(customerId, ct) is not { } customer)
        {
            return (null, [AccountError.Unauthenticated()]);
        }

        try
        {
            // The label shows the email in the app, so the customer can tell accounts apart; it goes to no one else.
            var enrollment = totp.Start(customer.Totp, pii.Unprotect(customer.EmailProtected) ?? customer.Id.ToString());
            customer.TouchMfa();
            return await SaveAsync(ct) is { } conflict ? (null, [conflict]) : (enrollment, []);
        }
        catch (DomainException refused)
        {
            return (null, [Refusal(refused.Code)]);
        }
    }

    /// <summary>Turns the factor on with a first code; answers the recovery codes, shown this once.</summary>
    public async Task<(IReadOnlyList<string>? RecoveryCodes, IReadOnlyList<AccountError> Errors)> ConfirmAsync(Guid customerId, string code, CancellationToken ct)
    {
        if (await FindAsync(customerId, ct) is not { } customer)
        {
            return (null, [AccountError.Unauthenticated()]);
        }

        if (customer.Totp.IsEnabled)
        {
            return (null, [Refusal(StaffErrorCodes.TotpAlreadyEnabled)]);
        }

        try
        {
            if (totp.Confirm(customer.Totp, code ?? string.Empty) is not { } codes)
            {
                return (null, [InvalidTotp(CodeField)]);
            }

            customer.TouchMfa();
            return await SaveAsync(ct) is { } conflict ? (null, [conflict]) : (codes, []);
        }
        catch (DomainException refused)
        {
            return (null, [Refusal(refused.Code)]);
        }
    }

    /// <summary>Turns the factor off; a current code is needed (not a recovery code: losing the phone is not a reason to drop the factor silently).</summary>
    public async Task<IReadOnlyList<AccountError>> DisableAsync(Guid customerId, string code, CancellationToken ct)
    {
        if (await FindAsync(customerId, ct) is not { } customer)
        {
            return [AccountError.Unauthenticated()];
        }

        if (!customer.Totp.IsEnabled)
        {
            return [Refusal(StaffErrorCodes.TotpNotEnabled)];
        }

        if (totp.Verify(customer.Totp, code, allowRecoveryCode: false) != TotpCheck.Accepted)
        {
            return [InvalidTotp(CodeField)];
        }

        customer.Totp.Disable();
        customer.TouchMfa();
        return await SaveAsync(ct) is { } conflict ? [conflict] : [];
    }

    public async Task<AccountError?> CheckAsync(Guid customerId, string? totpCode, CancellationToken cancellationToken)
    {
        // The sign-in loaded the customer tracked in this same context, so this finds that instance.
        var customer = await db.Customers.SingleAsync(c => c.Id == customerId, cancellationToken);
        if (!customer.Totp.IsEnabled)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(totpCode))
        {
            return new AccountError(AccountErrorCode.MfaRequired, "Enter the code from your authenticator app (or a recovery code) as totpCode.", ["totpCode"], "totpCode");
        }

        if (totp.Verify(customer.Totp, totpCode) == TotpCheck.Invalid)
        {
            return InvalidTotp("totpCode");
        }

        // Saved now, before any token exists: the step (or recovery code) is spent even if the rest of the sign-in fails.
        customer.TouchMfa();
        return await SaveAsync(cancellationToken) is null ? null : InvalidTotp("totpCode");
    }

    private Task<Customer?> FindAsync(Guid customerId, CancellationToken ct) =>
        db.Customers.SingleOrDefaultAsync(c => c.Id == customerId && c.DeletedAt == null, ct);

    /// <summary>Null when saved; an <c>INVALID_TOTP</c> when another request changed the factor meanwhile (e.g. with the same code).</summary>
    private async Task<AccountError?> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return InvalidTotp(CodeField);
        }
    }

    private static AccountError InvalidTotp(string field) =>
        new(AccountErrorCode.InvalidTotp, "The code is wrong, expired or already used.", [field], field);

    /// <summary>The account error for a refusal of <see cref="TotpFactor"/>; any other domain code is a bug, so it throws.</summary>
    private static AccountError Refusal(string code) => code switch
    {
        StaffErrorCodes.TotpAlreadyEnabled => new(AccountErrorCode.TotpAlreadyEnabled, "The authenticator app is already enabled; disable it first.", []),
        StaffErrorCodes.TotpNotEnabled => new(AccountErrorCode.TotpNotEnabled, "The authenticator app is not enabled.", []),
        StaffErrorCodes.TotpNotStarted => new(AccountErrorCode.TotpNotStarted, "Start the enrolment first (startTotpEnrollment).", []),
        _ => throw new InvalidOperationException($"Unexpected refusal {code}."),
    };
}

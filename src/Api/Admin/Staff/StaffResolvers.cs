using System.Security.Claims;
using Headless.Api.Admin.Inputs;
using Headless.Domain.Identity;
using Headless.Domain.SeedWork;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Identity;
using System.Security.Cryptography;
using System.Text;
using Headless.Api.Hosting.RateLimiting;
using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Identity.Mfa;
using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Identity.Staff;
using Headless.Infrastructure.Identity.Tokens;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using static Headless.Api.Admin.AdminPayloads;

namespace Headless.Api.Admin.Staff;

/// <summary><c>viewer</c>, <c>staffMembers</c>, staff sign-in with its mandatory second factor, and staff management.</summary>
internal static class StaffResolvers
{
    public const string InvalidCredentials = "INVALID_CREDENTIALS";
    public const string MfaRequired = "MFA_REQUIRED";
    public const string InvalidTotp = "INVALID_TOTP";
    public const string NotFound = "NOT_FOUND";
    public const string StaffOnly = "STAFF_ONLY";
    public const string TooManyAttempts = "TOO_MANY_ATTEMPTS";
    public const string InvalidToken = "INVALID_TOKEN";
    private const string ThrottlePurpose = "staff-signin";

    public static SchemaBuilder AddStaffResolvers(this SchemaBuilder schema) => schema
        .BindEnum<StaffRole>("StaffRole")
        .BindObject<StaffMember>("StaffMember")
        .BindObject<ApiKey>("ApiKey")
        .AddResolver("Query", "viewer", ViewerAsync)
        .AddResolver("Query", "staffMembers", async (IResolveFieldContext context) =>
            (object)await AdminReads.ReadAsync(context, db => db.StaffMembers.AsNoTracking().OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(context.CancellationToken)))
        .AddResolver("StaffMember", "id", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.StaffMember, ((StaffMember)context.Source!).Id))
        .AddResolver("StaffMember", "permissions", (IResolveFieldContext context) => ((StaffMember)context.Source!).Permissions.Order(StringComparer.Ordinal).ToList())
        .AddResolver("StaffMember", "totpEnabled", (IResolveFieldContext context) => ((StaffMember)context.Source!).Totp.IsEnabled)
        .AddResolver("StaffMember", "disabled", (IResolveFieldContext context) => ((StaffMember)context.Source!).IsDisabled)
        .AddResolver("Mutation", "staffSignIn", SignInAsync)
        .AddResolver("Mutation", "staffRefreshSession", RefreshAsync)
        .AddResolver("Mutation", "startTotpEnrollment", StartTotpAsync)
        .AddResolver("Mutation", "confirmTotpEnrollment", ConfirmTotpAsync)
        .AddResolver("Mutation", "disableTotp", DisableTotpAsync)
        .AddResolver("Mutation", "createStaffMember", CreateAsync)
        .AddResolver("Mutation", "revokeStaffSession", RevokeSessionsAsync);

    public static HeadlessDbContext Db(IResolveFieldContext context) => context.RequestServices.GetRequiredService<HeadlessDbContext>();

    /// <summary>The caller's staff id, when the caller is a staff member.</summary>
    public static Guid? StaffId(ClaimsPrincipal user) =>
        user.FindFirst(HeadlessClaimTypes.Kind)?.Value == CallerKinds.Staff && Guid.TryParse(user.FindFirst(HeadlessClaimTypes.Subject)?.Value, out var id) ? id : null;

    private static async Task<object?> ViewerAsync(ClaimsPrincipal user, IResolveFieldContext context)
    {
        if (!Guid.TryParse(user.FindFirst(HeadlessClaimTypes.Subject)?.Value, out var id))
        {
            return null;
        }

        return user.FindFirst(HeadlessClaimTypes.Kind)?.Value switch
        {
            CallerKinds.Staff => await AdminReads.ReadAsync(context, db => db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, context.CancellationToken)),
            CallerKinds.ApiKey => await AdminReads.ReadAsync(context, db => db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, context.CancellationToken)),
            _ => null,
        };
    }

    private static async Task<StaffSignInPayload> SignInAsync(StaffSignInInput input, IResolveFieldContext context)
    {
        var services = context.RequestServices;
        var ct = context.CancellationToken;
        var throttle = services.GetRequiredService<SignInThrottle>();
        var accountKey = StaffAccountKey(input.Email);
        var addressKey = SignInThrottle.AddressKey(ThrottlePurpose, ClientAddress.Of(services.GetRequiredService<IHttpContextAccessor>().HttpContext!));
        if (await throttle.RetryAfterAsync([accountKey, addressKey], ct) is { } wait)
        {
            return Failed(TooManyAttempts, $"Too many attempts; try again in {(int)Math.Ceiling(wait.TotalSeconds)} s.");
        }

        var member = await services.GetRequiredService<StaffDirectory>().FindByCredentialsAsync(input.Email, input.Password, ct);
        if (member is null)
        {
            await throttle.RecordFailedSignInAsync(accountKey, addressKey, ct);
            return Failed(InvalidCredentials, "The email or password is wrong.");
        }

        var enrolled = member.Totp.IsEnabled;
        if (enrolled)
        {
            if (string.IsNullOrWhiteSpace(input.TotpCode))
            {
                return Failed(MfaRequired, "Enter the code from your authenticator app (or a recovery code).", "totpCode");
            }

            if (services.GetRequiredService<TotpAuthenticator>().Verify(member.Totp, input.TotpCode) == TotpCheck.Invalid)
            {
                await throttle.RecordFailedSignInAsync(accountKey, addressKey, ct);
                return Failed(InvalidTotp, "The code is wrong, expired or already used.", "totpCode");
            }
        }

        member.Touch();
        try
        {
            await Db(context).SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another sign-in changed the account at the same moment, e.g. with the same code: this one loses.
            return Failed(InvalidTotp, "The code is wrong, expired or already used.", "totpCode");
        }

        await throttle.ResetAsync(accountKey, ct);
        var session = await services.GetRequiredService<SessionService>().StartAsync(member.Id.ToString(), CallerKinds.Staff, ct);
        return await IssueAsync(member, session, services, ct);
    }

    /// <summary>
    /// Rotates a staff refresh token (a reused one ends the session, as for customers) and issues an access token
    /// with the member's permissions as they are now: a disabled member's session ends here.
    /// </summary>
    private static async Task<StaffSignInPayload> RefreshAsync(StaffRefreshSessionInput input, IResolveFieldContext context)
    {
        var services = context.RequestServices;
        var ct = context.CancellationToken;
        var sessions = services.GetRequiredService<SessionService>();
        var outcome = await sessions.RefreshAsync(input.RefreshToken, ct, CallerKinds.Staff);
        if (outcome.Tokens is not { } tokens)
        {
            return Failed(InvalidToken, "The refresh token is unknown, expired, revoked or already used.", "refreshToken");
        }

        var member = Guid.TryParse(tokens.Subject, out var id) ? await Db(context).StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) : null;
        if (member is null || member.IsDisabled)
        {
            await sessions.RevokeAsync(tokens.SessionId, SessionRevocationReasons.AccountDeleted, ct);
            return Failed(InvalidToken, "The refresh token is unknown, expired, revoked or already used.", "refreshToken");
        }

        return await IssueAsync(member, tokens, services, ct);
    }

    private static async Task<StaffSignInPayload> IssueAsync(StaffMember member, SessionTokens session, IServiceProvider services, CancellationToken ct)
    {
        // Without an authenticator app the token reaches nothing but the enrolment mutations.
        var enrolled = member.Totp.IsEnabled;
        IReadOnlyCollection<string> permissions = enrolled ? [Permissions.AdminAccess, .. member.Permissions] : [Permissions.AdminAccess];
        var access = await services.GetRequiredService<IAccessTokenIssuer>().IssueAsync(member.Id.ToString(), CallerKinds.Staff, permissions, session.SessionId.ToString(), ct);
        return new StaffSignInPayload(access.Token, access.ExpiresAt, session.RefreshToken, !enrolled, AdminError.None);
    }

    /// <summary>Keyed by a hash of the email as typed (normalised when it parses), so an unknown email is throttled like a known one.</summary>
    private static string StaffAccountKey(string? email)
    {
        string normalized;
        try
        {
            normalized = StaffMember.NormalizeEmail(email);
        }
        catch (DomainException)
        {
            normalized = email ?? string.Empty;
        }

        return ThrottlePurpose + ":account:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..32];
    }

    private static StaffSignInPayload Failed(string code, string message, string? field = null) => new(null, null, null, false, AdminError.One(code, message, field));

    private static async Task<StartTotpEnrollmentPayload> StartTotpAsync(ClaimsPrincipal user, IResolveFieldContext context)
    {
        if (await CallerAsync(user, context) is not { } member)
        {
            return new StartTotpEnrollmentPayload(null, null, null, AdminError.One(StaffOnly, "Only staff members enrol an authenticator app."));
        }

        try
        {
            var enrollment = context.RequestServices.GetRequiredService<TotpAuthenticator>().Start(member.Totp, member.Email);
            member.Touch();
            await Db(context).SaveChangesAsync(context.CancellationToken);
            return new StartTotpEnrollmentPayload(enrollment.Secret, enrollment.OtpAuthUri, enrollment.QrCodeSvg, AdminError.None);
        }
        catch (DomainException refused)
        {
            return new StartTotpEnrollmentPayload(null, null, null, AdminError.One(refused.Code, refused.Message));
        }
    }

    private static async Task<ConfirmTotpEnrollmentPayload> ConfirmTotpAsync(TotpCodeInput input, ClaimsPrincipal user, IResolveFieldContext context)
    {
        if (await CallerAsync(user, context) is not { } member)
        {
            return new ConfirmTotpEnrollmentPayload(null, AdminError.One(StaffOnly, "Only staff members enrol an authenticator app."));
        }

        try
        {
            var codes = context.RequestServices.GetRequiredService<TotpAuthenticator>().Confirm(member.Totp, input.Code);
            if (codes is null)
            {
                return new ConfirmTotpEnrollmentPayload(null, AdminError.One(InvalidTotp, "The code is wrong or expired.", "code"));
            }

            member.Touch();
            await Db(context).SaveChangesAsync(context.CancellationToken);
            return new ConfirmTotpEnrollmentPayload(codes, AdminError.None);
        }
        catch (DomainException refused)
        {
            return new ConfirmTotpEnrollmentPayload(null, AdminError.One(refused.Code, refused.Message));
        }
    }

    private static async Task<DisableTotpPayload> DisableTotpAsync(TotpCodeInput input, ClaimsPrincipal user, IResolveFieldContext context)
    {
        if (await CallerAsync(user, context) is not { } member)
        {
            return new DisableTotpPayload(false, AdminError.One(StaffOnly, "Only staff members have an authenticator app here."));
        }

        if (!member.Totp.IsEnabled)
        {
            return new DisableTotpPayload(false, AdminError.One(StaffErrorCodes.TotpNotEnabled, "The authenticator app is not enabled."));
        }

        if (context.RequestServices.GetRequiredService<TotpAuthenticator>().Verify(member.Totp, input.Code, allowRecoveryCode: false) != TotpCheck.Accepted)
        {
            return new DisableTotpPayload(false, AdminError.One(InvalidTotp, "The code is wrong, expired or already used.", "code"));
        }

        member.Totp.Disable();
        member.Touch();
        await Db(context).SaveChangesAsync(context.CancellationToken);
        return new DisableTotpPayload(true, AdminError.None);
    }

    private static async Task<CreateStaffMemberPayload> CreateAsync(CreateStaffMemberInput input, IResolveFieldContext context)
    {
        try
        {
            var member = await context.RequestServices.GetRequiredService<StaffDirectory>().CreateAsync(input.Email, input.Name, input.Password, input.Role, context.CancellationToken);
            return new CreateStaffMemberPayload(member, AdminError.None);
        }
        catch (DomainException refused)
        {
            var field = refused.Code switch
            {
                StaffDirectory.EmailTaken or StaffErrorCodes.InvalidEmail => "email",
                StaffDirectory.WeakPassword => "password",
                StaffErrorCodes.InvalidName => "name",
                _ => null,
            };
            return new CreateStaffMemberPayload(null, AdminError.One(refused.Code, refused.Message, field));
        }
    }

    private static async Task<RevokeStaffSessionPayload> RevokeSessionsAsync(RevokeStaffSessionInput input, IResolveFieldContext context)
    {
        var db = Db(context);
        var ct = context.CancellationToken;
        if (AdminIds.Parse(input.StaffMemberId, AdminIds.StaffMember) is not { } id || !await db.StaffMembers.AnyAsync(s => s.Id == id, ct))
        {
            return new RevokeStaffSessionPayload(0, AdminError.One(NotFound, "No staff member has this ID.", "staffMemberId"));
        }

        var subject = id.ToString();
        var active = await db.AuthSessions.CountAsync(s => s.Subject == subject && s.Kind == CallerKinds.Staff && s.RevokedAt == null, ct);
        await context.RequestServices.GetRequiredService<SessionService>().RevokeAllAsync(subject, CallerKinds.Staff, null, "staff_sessions_revoked", ct);
        return new RevokeStaffSessionPayload(active, AdminError.None);
    }

    private static async Task<StaffMember?> CallerAsync(ClaimsPrincipal user, IResolveFieldContext context) =>
        StaffId(user) is { } id ? await Db(context).StaffMembers.SingleOrDefaultAsync(s => s.Id == id, context.CancellationToken) : null;
}

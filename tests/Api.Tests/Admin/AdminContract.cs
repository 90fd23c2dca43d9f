using System.Net;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Identity;
using Headless.Domain.Identity;

namespace Headless.Api.Tests.Admin;

/// <summary>
/// The admin API through HTTP on a real database: each kind of caller against protected fields, staff sign-in with its
/// mandatory authenticator app, and the life of an API key. Each test uses its own staff emails.
/// </summary>
public abstract class AdminContract
{
    private const string StaffMembers = "{ staffMembers { email role } }";

    protected abstract HeadlessApiFactory Factory { get; }

    private static string Email(string who) => $"{who}-{Guid.NewGuid():N}@shop.test";

    [Fact]
    public async Task EachKindOfCallerGetsWhatItsPermissionsAllowOnAProtectedField()
    {
        var client = Factory.CreateClient();
        var owner = Email("owner");
        var support = Email("support");
        var ownerToken = await client.StaffTokenAsync(owner, await Factory.CreateStaffAsync(owner, StaffRole.Owner));
        var supportToken = await client.StaffTokenAsync(support, await Factory.CreateStaffAsync(support, StaffRole.Support));
        var key = await CreateKeyAsync(client, ownerToken, [Permissions.OrdersRead]);
        var (_, customer) = await Factory.IssueAsync(Guid.NewGuid().ToString());

        var (_, asOwner) = await client.AdminAsync(StaffMembers, bearer: ownerToken);
        var (_, asSupport) = await client.AdminAsync(StaffMembers, bearer: supportToken);
        var (_, asKey) = await client.AdminAsync(StaffMembers, apiKey: key);
        var (_, asCustomer) = await client.AdminAsync(StaffMembers, bearer: customer.Token);
        var (_, asAnonymous) = await client.AdminAsync(StaffMembers);

        Assert.Null(asOwner["errors"]);
        Assert.Contains(asOwner["data"]!["staffMembers"]!.AsArray(), s => (string?)s!["email"] == owner);
        Assert.Equal("FORBIDDEN", asSupport.ErrorCode());
        Assert.Equal("""["staffMembers"]""", asSupport["errors"]![0]!["path"]!.ToJsonString());
        Assert.Equal("FORBIDDEN", asKey.ErrorCode());
        Assert.Equal("FORBIDDEN", asCustomer.ErrorCode());
        Assert.Equal("UNAUTHENTICATED", asAnonymous.ErrorCode());
        Assert.Equal("Field \"Query.staffMembers\" requires an authenticated caller.", (string?)asAnonymous["errors"]![0]!["message"]);
        Assert.Equal("""[{"line":1,"column":3}]""", asAnonymous["errors"]![0]!["locations"]!.ToJsonString());
        Assert.Null(asAnonymous["data"]); // staffMembers is non-null: its refusal nulls the data
    }

    [Fact]
    public async Task IntrospectionOfTheAdminSchemaNeedsAStaffCredential()
    {
        var client = Factory.CreateClient();
        var owner = Email("owner");
        var token = await client.StaffTokenAsync(owner, await Factory.CreateStaffAsync(owner, StaffRole.ReadOnly));
        var (_, customer) = await Factory.IssueAsync(Guid.NewGuid().ToString());
        const string query = "{ __schema { queryType { name } } }";

        var (_, anonymous) = await client.AdminAsync(query);
        var (_, asCustomer) = await client.AdminAsync(query, bearer: customer.Token);
        var (_, asStaff) = await client.AdminAsync(query, bearer: token);

        Assert.Equal("INTROSPECTION_DISABLED", anonymous.ErrorCode());
        Assert.Equal("INTROSPECTION_DISABLED", asCustomer.ErrorCode());
        Assert.Equal("Query", (string?)asStaff["data"]!["__schema"]!["queryType"]!["name"]);
    }

    [Fact]
    public async Task AStaffMemberWithoutAnAuthenticatorAppGetsATokenThatOnlyEnrolsAndEnrolmentTurnsMfaOn()
    {
        var client = Factory.CreateClient();
        var email = Email("new");
        await Factory.CreateStaffAsync(email, StaffRole.Admin, withTotp: false);

        var first = await client.SignInAsync(email, totpCode: null);
        var enrolmentToken = (string)first["accessToken"]!;
        var (_, refused) = await client.AdminAsync(StaffMembers, bearer: enrolmentToken);
        var (_, started) = await client.AdminAsync("mutation { startTotpEnrollment { secret otpAuthUri qrCodeSvg errors { code } } }", bearer: enrolmentToken);
        var secret = (string)started["data"]!["startTotpEnrollment"]!["secret"]!;
        var (_, wrong) = await client.AdminAsync("mutation { confirmTotpEnrollment(input: { code: \"000000\" }) { recoveryCodes errors { code } } }", bearer: enrolmentToken);
        var code = AdminClient.Code(secret);
        var (_, confirmed) = await client.AdminAsync($"mutation {{ confirmTotpEnrollment(input: {{ code: \"{code}\" }}) {{ recoveryCodes errors {{ code }} }} }}", bearer: enrolmentToken);

        Assert.True((bool)first["mfaEnrollmentRequired"]!);
        Assert.Equal("FORBIDDEN", refused.ErrorCode());
        Assert.StartsWith("otpauth://totp/Headless%3A", (string?)started["data"]!["startTotpEnrollment"]!["otpAuthUri"]);
        Assert.StartsWith("<svg", ((string?)started["data"]!["startTotpEnrollment"]!["qrCodeSvg"])?.TrimStart() ?? "", StringComparison.Ordinal);
        Assert.Equal("INVALID_TOTP", (string?)wrong["data"]!["confirmTotpEnrollment"]!["errors"]![0]!["code"]);
        Assert.Equal(10, confirmed["data"]!["confirmTotpEnrollment"]!["recoveryCodes"]!.AsArray().Count);

        // Now a code is required; the one just used for confirmation is spent.
        var withoutCode = await client.SignInAsync(email, totpCode: null);
        var replayed = await client.SignInAsync(email, code);
        var next = await client.SignInAsync(email, AdminClient.Code(secret, stepsAhead: 1));
        var (_, allowed) = await client.AdminAsync(StaffMembers, bearer: (string)next["accessToken"]!);

        Assert.Equal("MFA_REQUIRED", (string?)withoutCode["errors"]![0]!["code"]);
        Assert.Equal("INVALID_TOTP", (string?)replayed["errors"]![0]!["code"]);
        Assert.False((bool)next["mfaEnrollmentRequired"]!);
        Assert.Null(allowed["errors"]);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnceAndAWrongPasswordLooksLikeAnUnknownEmail()
    {
        var client = Factory.CreateClient();
        var email = Email("lost-phone");
        await Factory.CreateStaffAsync(email, StaffRole.Catalog, withTotp: false);
        var enrolment = (string)(await client.SignInAsync(email, null))["accessToken"]!;
        var (_, started) = await client.AdminAsync("mutation { startTotpEnrollment { secret } }", bearer: enrolment);
        var secret = (string)started["data"]!["startTotpEnrollment"]!["secret"]!;
        var (_, confirmed) = await client.AdminAsync($"mutation {{ confirmTotpEnrollment(input: {{ code: \"{AdminClient.Code(secret)}\" }}) {{ recoveryCodes }} }}", bearer: enrolment);
        var recovery = (string)confirmed["data"]!["confirmTotpEnrollment"]!["recoveryCodes"]![0]!;

        var once = await client.SignInAsync(email, recovery);
        var twice = await client.SignInAsync(email, recovery);
        var wrongPassword = await client.SignInAsync(email, AdminClient.Code(secret, 1), password: "not the password at all");
        var unknown = await client.SignInAsync(Email("nobody"), "123456");

        Assert.NotNull((string?)once["accessToken"]);
        Assert.Equal("INVALID_TOTP", (string?)twice["errors"]![0]!["code"]);
        Assert.Equal("INVALID_CREDENTIALS", (string?)wrongPassword["errors"]![0]!["code"]);
        Assert.Equal(wrongPassword.ToJsonString(), unknown.ToJsonString());
    }

    [Fact]
    public async Task AnApiKeyIsShownOnceWorksByHeaderOrBearerAndIsLimitedToItsCreatorsPermissions()
    {
        var client = Factory.CreateClient();
        var admin = Email("admin");
        var token = await client.StaffTokenAsync(admin, await Factory.CreateStaffAsync(admin, StaffRole.Admin));

        var key = await CreateKeyAsync(client, token, [Permissions.OrdersRead, Permissions.StaffRead]);
        var (_, byHeader) = await client.AdminAsync("{ viewer { ... on ApiKey { name prefix permissions lastUsedAt } } }", apiKey: key);
        var (_, byBearer) = await client.AdminAsync(StaffMembers, bearer: key);
        var (_, listed) = await client.AdminAsync("{ apiKeys { prefix } }", bearer: token);
        var (_, beyond) = await client.AdminAsync(
            "mutation { createApiKey(input: { name: \"too much\", permissions: [\"staff:manage\"] }) { secret errors { code field } } }", bearer: token);
        var (_, byKey) = await client.AdminAsync("mutation { createApiKey(input: { name: \"x\", permissions: [] }) { secret } }", apiKey: key);

        Assert.Matches("^hk_live_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$", key);
        var viewer = byHeader["data"]!["viewer"]!;
        Assert.Equal(key[..20], (string?)viewer["prefix"]);
        Assert.Equal("""["orders:read","staff:read"]""", viewer["permissions"]!.ToJsonString());
        Assert.NotNull((string?)viewer["lastUsedAt"]);
        Assert.Null(byBearer["errors"]);
        Assert.DoesNotContain(key, listed.ToJsonString());
        Assert.Equal("""{"secret":null,"errors":[{"code":"PERMISSION_NOT_HELD","field":"permissions"}]}""", beyond["data"]!["createApiKey"]!.ToJsonString());
        Assert.Equal("FORBIDDEN", byKey.ErrorCode());
    }

    [Fact]
    public async Task RotationRefusesTheOldSecretAtOnceOrAfterItsGracePeriodAndRevocationEndsTheKey()
    {
        var client = Factory.CreateClient();
        var owner = Email("owner");
        var token = await client.StaffTokenAsync(owner, await Factory.CreateStaffAsync(owner, StaffRole.Owner));
        var key = await CreateKeyAsync(client, token, [Permissions.StaffRead]);
        var id = (string)(await client.AdminAsync("{ viewer { ... on ApiKey { id } } }", apiKey: key)).Body["data"]!["viewer"]!["id"]!;

        var graceful = await RotateAsync(client, token, id, 3600);
        var (_, oldDuringGrace) = await client.AdminAsync(StaffMembers, apiKey: key);
        var (_, newAfterGrace) = await client.AdminAsync(StaffMembers, apiKey: graceful);
        var immediate = await RotateAsync(client, token, id, 0);
        var (oldStatus, _) = await client.AdminAsync(StaffMembers, apiKey: graceful);
        var (_, revoked) = await client.AdminAsync($"mutation {{ revokeApiKey(input: {{ id: \"{id}\" }}) {{ apiKey {{ revokedAt }} errors {{ code }} }} }}", bearer: token);
        var (revokedStatus, _) = await client.AdminAsync(StaffMembers, apiKey: immediate);

        Assert.Null(oldDuringGrace["errors"]);
        Assert.Null(newAfterGrace["errors"]);
        Assert.Equal(HttpStatusCode.Unauthorized, oldStatus);
        Assert.NotNull((string?)revoked["data"]!["revokeApiKey"]!["apiKey"]!["revokedAt"]);
        Assert.Equal(HttpStatusCode.Unauthorized, revokedStatus);
    }

    [Fact]
    public async Task AStaffRefreshTokenRotatesAndReusingOneEndsTheWholeSession()
    {
        var client = Factory.CreateClient();
        var email = Email("refresher");
        var secret = await Factory.CreateStaffAsync(email, StaffRole.Support);
        var signedIn = await client.SignInAsync(email, AdminClient.Code(secret), fields: "accessToken refreshToken errors { code field }");
        var first = (string)signedIn["refreshToken"]!;

        var refreshed = await StaffRefreshAsync(client, first);
        var second = (string)refreshed["refreshToken"]!;
        var (viewerStatus, viewer) = await client.AdminAsync("{ viewer { ... on StaffMember { permissions } } }", bearer: (string)refreshed["accessToken"]!);
        var reused = await StaffRefreshAsync(client, first);
        var afterReuse = await StaffRefreshAsync(client, second);
        var (status, _) = await client.AdminAsync("{ viewer { __typename } }", bearer: (string)refreshed["accessToken"]!);

        Assert.StartsWith("hr_", first, StringComparison.Ordinal);
        Assert.Empty(refreshed["errors"]!.AsArray());
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.OK, viewerStatus);
        Assert.Contains("orders:read", viewer["data"]!["viewer"]!["permissions"]!.AsArray().Select(p => (string?)p));
        Assert.Equal("INVALID_TOKEN", (string?)reused["errors"]![0]!["code"]);
        Assert.Null(reused["accessToken"]);
        Assert.Equal("INVALID_TOKEN", (string?)afterReuse["errors"]![0]!["code"]);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task TheStaffEndpointRefusesACustomersRefreshTokenWithoutSpendingIt()
    {
        var client = Factory.CreateClient();
        var (_, _, customerToken) = await client.NewAccountAsync();

        var refused = await StaffRefreshAsync(client, customerToken);
        var stillGood = await client.RefreshAsync(customerToken);

        Assert.Equal("INVALID_TOKEN", (string?)refused["errors"]![0]!["code"]);
        Assert.NotNull((string?)stillGood["accessToken"]);
    }

    private static async Task<JsonObject> StaffRefreshAsync(HttpClient client, string refreshToken)
    {
        var (_, body) = await client.AdminAsync(
            "mutation ($input: StaffRefreshSessionInput!) { staffRefreshSession(input: $input) { accessToken refreshToken mfaEnrollmentRequired errors { code field } } }",
            new { input = new { refreshToken } });
        return body["data"]!["staffRefreshSession"]!.AsObject();
    }

    [Fact]
    public async Task RevokingAStaffMembersSessionsStopsTheirTokens()
    {
        var client = Factory.CreateClient();
        var owner = Email("owner");
        var fulfilment = Email("fulfilment");
        var ownerToken = await client.StaffTokenAsync(owner, await Factory.CreateStaffAsync(owner, StaffRole.Owner));
        var staffToken = await client.StaffTokenAsync(fulfilment, await Factory.CreateStaffAsync(fulfilment, StaffRole.Fulfillment));
        var (_, viewer) = await client.AdminAsync("{ viewer { ... on StaffMember { id role permissions } } }", bearer: staffToken);
        var id = (string)viewer["data"]!["viewer"]!["id"]!;

        var (_, revoked) = await client.AdminAsync($"mutation {{ revokeStaffSession(input: {{ staffMemberId: \"{id}\" }}) {{ revokedSessions errors {{ code }} }} }}", bearer: ownerToken);
        var (status, _) = await client.AdminAsync("{ viewer { __typename } }", bearer: staffToken);

        Assert.Equal("FULFILLMENT", (string?)viewer["data"]!["viewer"]!["role"]);
        Assert.Contains("orders:write", viewer["data"]!["viewer"]!["permissions"]!.AsArray().Select(p => (string?)p));
        Assert.Equal(1, (int)revoked["data"]!["revokeStaffSession"]!["revokedSessions"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task TheEventFeedAnswersAKeyWithOrdersReadAndRefusesOneWithout()
    {
        var client = Factory.CreateClient();
        var owner = Email("owner");
        var ownerToken = await client.StaffTokenAsync(owner, await Factory.CreateStaffAsync(owner, StaffRole.Owner));
        var reader = await CreateKeyAsync(client, ownerToken, [Permissions.OrdersRead]);
        var other = await CreateKeyAsync(client, ownerToken, [Permissions.CatalogRead]);
        const string feed = "{ events(first: 5) { endCursor hasNextPage nodes { id type sequence } } }";

        var (_, asReader) = await client.AdminAsync(feed, apiKey: reader);
        var (_, asOther) = await client.AdminAsync(feed, apiKey: other);
        var (_, badCursor) = await client.AdminAsync("{ events(after: \"not-a-cursor\") { hasNextPage } }", apiKey: reader);

        Assert.Null(asReader["errors"]);
        Assert.NotNull(asReader["data"]!["events"]!["nodes"]!.AsArray());
        Assert.Equal("FORBIDDEN", asOther.ErrorCode());
        Assert.Equal("""["events"]""", asOther["errors"]![0]!["path"]!.ToJsonString());
        Assert.Equal("INVALID_CURSOR", badCursor.ErrorCode());
    }

    private static async Task<string> CreateKeyAsync(HttpClient client, string staffToken, string[] permissions)
    {
        var (_, created) = await client.AdminAsync(
            "mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret errors { code message } } }",
            new { input = new { name = "integration", permissions } },
            bearer: staffToken);
        return (string?)created["data"]?["createApiKey"]?["secret"] ?? throw new InvalidOperationException(created.ToJsonString());
    }

    private static async Task<string> RotateAsync(HttpClient client, string staffToken, string id, int grace)
    {
        var (_, rotated) = await client.AdminAsync(
            $"mutation {{ rotateApiKey(input: {{ id: \"{id}\", gracePeriodSeconds: {grace} }}) {{ secret }} }}", bearer: staffToken);
        return (string?)rotated["data"]?["rotateApiKey"]?["secret"] ?? throw new InvalidOperationException(rotated.ToJsonString());
    }
}

using System.Text.Json.Nodes;
using Headless.Api.Tests.Admin;
using Headless.Api.Tests.Storefront;
using Headless.Domain.Identity;

namespace Headless.Api.Tests.Identity;

/// <summary>
/// <c>Identity:Mfa:RequireOnNewDevice</c> on: a customer with an authenticator app gives the code only on a new
/// device, and a known device (its device token sent back) signs in without it; run on SQLite and PostgreSQL.
/// </summary>
public abstract class TrustedDeviceContract
{
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>(CustomerAccountContract.Settings)
    {
        ["Identity:Mfa:RequireOnNewDevice"] = "true",
    };

    private const string SignInFields = "accessToken deviceToken errors { code message path field }";

    protected abstract StorefrontApiFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    [Fact]
    public async Task AKnownDeviceSignsInWithoutTheCodeAndANewDeviceIsAskedForIt()
    {
        var account = await EnrolledAccountAsync();

        var newDevice = await SignInAsync(account.Email, null, null);
        var withCode = await SignInAsync(account.Email, AdminClient.Code(account.Secret, 1), null);
        var deviceToken = withCode["deviceToken"]!.GetValue<string>();
        var knownDevice = await SignInAsync(account.Email, null, deviceToken);
        var forged = await SignInAsync(account.Email, null, "hd_" + new string('A', 43));
        var wrongPassword = await SignInAsync(account.Email, null, deviceToken, password: "not the password at all");

        Assert.Equal("MFA_REQUIRED", AccountSteps.ErrorCode(newDevice));
        Assert.Null(newDevice["deviceToken"]);
        AccountSteps.AssertNoErrors(withCode);
        Assert.StartsWith("hd_", deviceToken, StringComparison.Ordinal);
        AccountSteps.AssertNoErrors(knownDevice);
        Assert.NotNull(knownDevice["accessToken"]?.GetValue<string>());
        // The device is known already: nothing new to hand out.
        Assert.Null(knownDevice["deviceToken"]);
        Assert.Equal("MFA_REQUIRED", AccountSteps.ErrorCode(forged));
        Assert.Equal("INVALID_CREDENTIALS", AccountSteps.ErrorCode(wrongPassword));
    }

    [Fact]
    public async Task AnotherCustomersDeviceTokenIsANewDevice()
    {
        var first = await EnrolledAccountAsync();
        var second = await EnrolledAccountAsync();
        var firstDevice = (await SignInAsync(first.Email, first.RecoveryCodes[0], null))["deviceToken"]!.GetValue<string>();

        var borrowed = await SignInAsync(second.Email, null, firstDevice);

        Assert.Equal("MFA_REQUIRED", AccountSteps.ErrorCode(borrowed));
        Assert.Null(borrowed["accessToken"]);
    }

    [Fact]
    public async Task TheCustomerListsAndRevokesDevicesAndARevokedDeviceGivesTheCodeAgain()
    {
        var account = await EnrolledAccountAsync();
        var phone = await SignInAsync(account.Email, account.RecoveryCodes[0], null);
        var laptop = await SignInAsync(account.Email, account.RecoveryCodes[1], null);
        var token = laptop["accessToken"]!.GetValue<string>();

        var listed = await DevicesAsync(token);
        var revoked = await RevokeAsync(token, listed[1]["id"]!.GetValue<string>());
        var again = await RevokeAsync(token, listed[1]["id"]!.GetValue<string>());
        var anonymous = await RevokeAsync(null, listed[0]["id"]!.GetValue<string>());
        var remaining = await DevicesAsync(token);

        Assert.Equal(2, listed.Count);
        Assert.All(listed, d => Assert.True(DateTimeOffset.Parse(d["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddDays(29)));
        AccountSteps.AssertNoErrors(revoked);
        Assert.True(revoked["revoked"]!.GetValue<bool>());
        Assert.Equal("DEVICE_NOT_FOUND", AccountSteps.ErrorCode(again));
        Assert.Equal("UNAUTHENTICATED", AccountSteps.ErrorCode(anonymous));
        Assert.Equal([listed[0]["id"]!.GetValue<string>()], remaining.Select(d => d["id"]!.GetValue<string>()));
        // Newest first: the laptop's device is listed[0]; the phone's (revoked) now asks for the code, the laptop's does not.
        Assert.Equal("MFA_REQUIRED", AccountSteps.ErrorCode(await SignInAsync(account.Email, null, phone["deviceToken"]!.GetValue<string>())));
        AccountSteps.AssertNoErrors(await SignInAsync(account.Email, null, laptop["deviceToken"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ADeviceOfOneCustomerCannotBeRevokedByAnother()
    {
        var owner = await EnrolledAccountAsync();
        var other = await EnrolledAccountAsync();
        var ownerToken = (await SignInAsync(owner.Email, owner.RecoveryCodes[0], null))["accessToken"]!.GetValue<string>();
        var otherToken = (await SignInAsync(other.Email, other.RecoveryCodes[0], null))["accessToken"]!.GetValue<string>();
        var device = (await DevicesAsync(ownerToken))[0]["id"]!.GetValue<string>();

        var refused = await RevokeAsync(otherToken, device);

        Assert.Equal("DEVICE_NOT_FOUND", AccountSteps.ErrorCode(refused));
        Assert.Single(await DevicesAsync(ownerToken));
    }

    [Fact]
    public async Task APasswordChangeRevokesEveryDevice()
    {
        var account = await EnrolledAccountAsync();
        var first = await SignInAsync(account.Email, account.RecoveryCodes[0], null);
        var second = await SignInAsync(account.Email, account.RecoveryCodes[1], null);
        var token = second["accessToken"]!.GetValue<string>();
        const string newPassword = "a brand new passphrase 2026";

        var changed = (await Client.RunAsync(
            "mutation($input: ChangePasswordInput!) { changePassword(input: $input) { errors { code } } }",
            new { input = new { currentPassword = AccountSteps.Password, newPassword } }, token))["changePassword"]!;

        AccountSteps.AssertNoErrors(changed);
        Assert.Empty(await DevicesAsync(token));
        Assert.Equal("MFA_REQUIRED", AccountSteps.ErrorCode(await SignInAsync(account.Email, null, first["deviceToken"]!.GetValue<string>(), newPassword)));
        Assert.Equal("MFA_REQUIRED", AccountSteps.ErrorCode(await SignInAsync(account.Email, null, second["deviceToken"]!.GetValue<string>(), newPassword)));
    }

    [Fact]
    public async Task ACustomerWithoutAnAuthenticatorSignsInAsBeforeAndGetsNoDeviceToken()
    {
        var (email, _, _) = await Client.NewAccountAsync();

        var signedIn = await SignInAsync(email, null, null);

        AccountSteps.AssertNoErrors(signedIn);
        Assert.Null(signedIn["deviceToken"]);
        Assert.Empty(await DevicesAsync(signedIn["accessToken"]!.GetValue<string>()));
    }

    [Fact]
    public async Task StaffGiveTheirCodeAtEverySignInWhateverTheSetting()
    {
        var email = $"staff-{Guid.NewGuid():N}@example.com";
        var secret = await Factory.CreateStaffAsync(email, StaffRole.Support);

        var withCode = await AdminClient.SignInAsync(Client, email, AdminClient.Code(secret));
        var withoutCode = await AdminClient.SignInAsync(Client, email, null);

        Assert.Empty(withCode["errors"]!.AsArray());
        Assert.NotNull(withCode["accessToken"]?.GetValue<string>());
        Assert.Equal("MFA_REQUIRED", withoutCode["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(withoutCode["accessToken"]);
    }

    private async Task<(string Email, string Secret, IReadOnlyList<string> RecoveryCodes)> EnrolledAccountAsync()
    {
        var (email, token, _) = await Client.NewAccountAsync();
        var secret = (await Client.RunAsync("mutation { startTotpEnrollment { secret errors { code } } }", token: token))["startTotpEnrollment"]!["secret"]!.GetValue<string>();
        var confirmed = (await Client.RunAsync(
            "mutation($code: String!) { confirmTotpEnrollment(input: { code: $code }) { recoveryCodes errors { code } } }",
            new { code = AdminClient.Code(secret) }, token))["confirmTotpEnrollment"]!;
        AccountSteps.AssertNoErrors(confirmed);
        return (email, secret, confirmed["recoveryCodes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList());
    }

    private async Task<JsonObject> SignInAsync(string email, string? totpCode, string? deviceToken, string password = AccountSteps.Password) =>
        (await Client.RunAsync(
            $"mutation($input: SignInInput!) {{ signIn(input: $input) {{ {SignInFields} }} }}",
            new { input = new { email, password, totpCode, deviceToken } }))["signIn"]!.AsObject();

    private async Task<List<JsonObject>> DevicesAsync(string token) =>
        (await Client.RunAsync("{ me { trustedDevices { id createdAt lastUsedAt expiresAt } } }", token: token))["me"]!["trustedDevices"]!
            .AsArray().Select(d => d!.AsObject()).ToList();

    private async Task<JsonObject> RevokeAsync(string? token, string id) =>
        (await Client.RunAsync(
            "mutation($id: ID!) { revokeTrustedDevice(input: { id: $id }) { revoked errors { code message path field } } }",
            new { id }, token))["revokeTrustedDevice"]!.AsObject();
}

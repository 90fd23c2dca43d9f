using System.Text.Json.Nodes;
using Headless.Api.Tests.Admin;
using Headless.Api.Tests.Storefront;

namespace Headless.Api.Tests.Identity;

/// <summary>A customer's authenticator app through the storefront API, with codes computed here by Otp.NET; run on SQLite and PostgreSQL.</summary>
public abstract class CustomerTotpContract
{
    private const string StartFields = "secret otpAuthUri qrCodeSvg errors { code message path field }";

    protected abstract StorefrontApiFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    [Fact]
    public async Task EnrolmentTurnsTheAppOnAndSignInThenNeedsACode()
    {
        var (email, token, _) = await Client.NewAccountAsync();

        var started = await StartAsync(token);
        var secret = started["secret"]!.GetValue<string>();
        var wrong = await ConfirmAsync(token, WrongCode(secret));
        var confirmed = await ConfirmAsync(token, AdminClient.Code(secret));

        AccountSteps.AssertNoErrors(started);
        Assert.StartsWith("otpauth://totp/Headless%3A", started["otpAuthUri"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"secret={secret}", started["otpAuthUri"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("<svg", started["qrCodeSvg"]!.GetValue<string>().TrimStart(), StringComparison.Ordinal);
        Assert.Equal("INVALID_TOTP", AccountSteps.ErrorCode(wrong));
        Assert.Equal("code", wrong["errors"]![0]!["field"]!.GetValue<string>());
        AccountSteps.AssertNoErrors(confirmed);
        var codes = confirmed["recoveryCodes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Equal(10, codes.Distinct().Count());

        var withoutCode = await SignInAsync(email, null);
        var wrongCode = await SignInAsync(email, WrongCode(secret, 1));
        var nextCode = await SignInAsync(email, AdminClient.Code(secret, 1));

        Assert.Equal("MFA_REQUIRED", AccountSteps.ErrorCode(withoutCode));
        Assert.Equal("totpCode", withoutCode["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Null(withoutCode["accessToken"]);
        Assert.Equal("INVALID_TOTP", AccountSteps.ErrorCode(wrongCode));
        Assert.Null(wrongCode["accessToken"]);
        AccountSteps.AssertNoErrors(nextCode);
        Assert.Equal(email, (await Client.MeAsync(nextCode["accessToken"]!.GetValue<string>()))!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithoutRequireOnNewDeviceEverySignInNeedsTheCodeAndNoDeviceTokenIsGiven()
    {
        var (email, _, codes, _) = await EnrolledAccountAsync();
        const string operation = "mutation($input: SignInInput!) { signIn(input: $input) { accessToken deviceToken errors { code } } }";

        var withCode = (await Client.RunAsync(operation, new { input = new { email, password = AccountSteps.Password, totpCode = codes[0] } }))["signIn"]!;
        var withDeviceToken = (await Client.RunAsync(operation, new { input = new { email, password = AccountSteps.Password, deviceToken = "hd_" + new string('A', 43) } }))["signIn"]!;

        AccountSteps.AssertNoErrors(withCode);
        Assert.Null(withCode["deviceToken"]);
        Assert.Equal("MFA_REQUIRED", AccountSteps.ErrorCode(withDeviceToken));
    }

    [Fact]
    public async Task ACodeIsRefusedWhenReplayedWithinItsStep()
    {
        var (email, secret, _, confirmationCode) = await EnrolledAccountAsync();

        // The confirmation spent its step already (replayed as it was sent: the clock may have moved to the next step since).
        var confirmationReplay = await SignInAsync(email, confirmationCode);
        var first = await SignInAsync(email, AdminClient.Code(secret, 1));
        var replay = await SignInAsync(email, AdminClient.Code(secret, 1));

        Assert.Equal("INVALID_TOTP", AccountSteps.ErrorCode(confirmationReplay));
        AccountSteps.AssertNoErrors(first);
        Assert.Equal("INVALID_TOTP", AccountSteps.ErrorCode(replay));
        Assert.Null(replay["accessToken"]);
    }

    [Fact]
    public async Task OnlyOneOfSignInsRacingWithTheSameCodeSucceeds()
    {
        var (email, secret, _, _) = await EnrolledAccountAsync();
        var code = AdminClient.Code(secret, 1);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SignInAsync(email, code))));

        Assert.Single(results, r => r["accessToken"] is not null);
        Assert.All(results.Where(r => r["accessToken"] is null), r => Assert.Equal("INVALID_TOTP", AccountSteps.ErrorCode(r)));
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnce()
    {
        var (email, _, codes, _) = await EnrolledAccountAsync();

        var first = await SignInAsync(email, codes[0].ToUpperInvariant());
        var again = await SignInAsync(email, codes[0]);
        var another = await SignInAsync(email, codes[1]);

        AccountSteps.AssertNoErrors(first);
        Assert.Equal("INVALID_TOTP", AccountSteps.ErrorCode(again));
        AccountSteps.AssertNoErrors(another);
    }

    [Fact]
    public async Task DisablingNeedsACurrentCodeAndThenSignInNoLongerAsksForOne()
    {
        var (email, secret, codes, _) = await EnrolledAccountAsync();
        var token = (await SignInAsync(email, codes[0]))["accessToken"]!.GetValue<string>();

        var wrong = await DisableAsync(token, WrongCode(secret, 1));
        var recovery = await DisableAsync(token, codes[1]);
        var disabled = await DisableAsync(token, AdminClient.Code(secret, 1));
        var again = await DisableAsync(token, AdminClient.Code(secret, 1));
        var signIn = await Client.SignInAsync(email);

        Assert.Equal("INVALID_TOTP", AccountSteps.ErrorCode(wrong));
        Assert.False(wrong["disabled"]!.GetValue<bool>());
        Assert.Equal("INVALID_TOTP", AccountSteps.ErrorCode(recovery));
        AccountSteps.AssertNoErrors(disabled);
        Assert.True(disabled["disabled"]!.GetValue<bool>());
        Assert.Equal("TOTP_NOT_ENABLED", AccountSteps.ErrorCode(again));
        AccountSteps.AssertNoErrors(signIn);
    }

    [Fact]
    public async Task MeTellsWhetherTheAuthenticatorAppIsOn()
    {
        var (_, token, _) = await Client.NewAccountAsync();
        var before = await TotpEnabledAsync(token);
        var secret = (await StartAsync(token))["secret"]!.GetValue<string>();
        var started = await TotpEnabledAsync(token);
        AccountSteps.AssertNoErrors(await ConfirmAsync(token, AdminClient.Code(secret)));
        var confirmed = await TotpEnabledAsync(token);
        AccountSteps.AssertNoErrors(await DisableAsync(token, AdminClient.Code(secret, 1)));
        var disabled = await TotpEnabledAsync(token);

        Assert.Equal([false, false, true, false], new[] { before, started, confirmed, disabled });
    }

    [Fact]
    public async Task EnrolmentStepsOutOfOrderAreTypedErrors()
    {
        var (_, token, _) = await Client.NewAccountAsync();
        var beforeStart = await ConfirmAsync(token, "123456");
        var secret = (await StartAsync(token))["secret"]!.GetValue<string>();
        await ConfirmAsync(token, AdminClient.Code(secret));

        var restart = await StartAsync(token);
        var reconfirm = await ConfirmAsync(token, AdminClient.Code(secret, 1));

        Assert.Equal("TOTP_NOT_STARTED", AccountSteps.ErrorCode(beforeStart));
        Assert.Equal("TOTP_ALREADY_ENABLED", AccountSteps.ErrorCode(restart));
        Assert.Null(restart["secret"]);
        Assert.Equal("TOTP_ALREADY_ENABLED", AccountSteps.ErrorCode(reconfirm));
        Assert.Null(reconfirm["recoveryCodes"]);
    }

    [Fact]
    public async Task AnonymousCallersCannotEnrol()
    {
        var started = await StartAsync(null);
        var disabled = await DisableAsync(null, "123456");

        Assert.Equal("UNAUTHENTICATED", AccountSteps.ErrorCode(started));
        Assert.Null(started["secret"]);
        Assert.Equal("UNAUTHENTICATED", AccountSteps.ErrorCode(disabled));
    }

    /// <summary>A new account with the app on: its email, the secret and the recovery codes.</summary>
    private async Task<(string Email, string Secret, IReadOnlyList<string> RecoveryCodes, string ConfirmationCode)> EnrolledAccountAsync()
    {
        var (email, token, _) = await Client.NewAccountAsync();
        var secret = (await StartAsync(token))["secret"]!.GetValue<string>();
        var confirmationCode = AdminClient.Code(secret);
        var confirmed = await ConfirmAsync(token, confirmationCode);
        AccountSteps.AssertNoErrors(confirmed);
        return (email, secret, confirmed["recoveryCodes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList(), confirmationCode);
    }

    private async Task<bool> TotpEnabledAsync(string token) =>
        (await Client.RunAsync("{ me { totpEnabled } }", token: token))["me"]!["totpEnabled"]!.GetValue<bool>();

    private async Task<JsonObject> StartAsync(string? token) =>
        (await Client.RunAsync($"mutation {{ startTotpEnrollment {{ {StartFields} }} }}", token: token))["startTotpEnrollment"]!.AsObject();

    private async Task<JsonObject> ConfirmAsync(string token, string code) =>
        (await Client.RunAsync(
            "mutation($code: String!) { confirmTotpEnrollment(input: { code: $code }) { recoveryCodes errors { code message path field } } }",
            new { code }, token))["confirmTotpEnrollment"]!.AsObject();

    private async Task<JsonObject> DisableAsync(string? token, string code) =>
        (await Client.RunAsync(
            "mutation($code: String!) { disableTotp(input: { code: $code }) { disabled errors { code message path field } } }",
            new { code }, token))["disableTotp"]!.AsObject();

    private async Task<JsonObject> SignInAsync(string email, string? totpCode) =>
        (await Client.RunAsync(
            $"mutation($input: SignInInput!) {{ signIn(input: $input) {{ {AccountSteps.AuthFields} }} }}",
            new { input = new { email, password = AccountSteps.Password, totpCode } }))["signIn"]!.AsObject();

    /// <summary>Six digits that are not the code of any step the server accepts around <paramref name="stepsAhead"/>.</summary>
    private static string WrongCode(string secret, int stepsAhead = 0)
    {
        var accepted = Enumerable.Range(stepsAhead - 2, 5).Select(step => AdminClient.Code(secret, step)).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !accepted.Contains(c));
    }
}

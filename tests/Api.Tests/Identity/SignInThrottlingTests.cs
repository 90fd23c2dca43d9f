using System.Net;
using Headless.Api.Tests.Storefront;

namespace Headless.Api.Tests.Identity;

/// <summary>Back-off of sign-in per account and per address, of sign-up per address, and write budgets per customer.</summary>
public sealed class SignInThrottlingTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-throttle-{Guid.NewGuid():N}.db");
    private StorefrontApiFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new StorefrontApiFactory("Sqlite", $"Data Source={_path}", new Dictionary<string, string>
        {
            ["Accounts:Throttling:AccountFreeAttempts"] = "3",
            ["Accounts:Throttling:AddressFreeAttempts"] = "8",
            ["Accounts:Throttling:SignUpsPerAddress"] = "4",
            ["Accounts:Throttling:BaseDelay"] = "00:01:00",
            ["RateLimiting:Mutations:PermitLimit"] = "12",
            ["RateLimiting:CustomerMutations:PermitLimit"] = "40",
        });
        _factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    [Fact]
    public async Task RepeatedFailuresForOneAccountWaitWithRetryAfterAndAnUnknownAccountBehavesAlike()
    {
        var client = _factory.CreateClient();
        var (known, _, _) = await client.NewAccountAsync();
        var unknown = AccountSteps.NewEmail();

        var knownCodes = new List<string>();
        var unknownCodes = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            knownCodes.Add(AccountSteps.ErrorCode(await client.SignInAsync(known, "wrong password " + i)));
            unknownCodes.Add(AccountSteps.ErrorCode(await client.SignInAsync(unknown, "wrong password " + i)));
        }

        Assert.Equal(["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "TOO_MANY_ATTEMPTS"], knownCodes);
        Assert.Equal(knownCodes, unknownCodes);
        var right = await client.SignInAsync(known);
        Assert.Equal("TOO_MANY_ATTEMPTS", AccountSteps.ErrorCode(right));
        Assert.InRange(right["errors"]![0]!["retryAfter"]!.GetValue<int>(), 1, 60);
        Assert.Null(right["accessToken"]);
    }

    [Fact]
    public async Task ManyFailuresFromOneAddressThrottleEveryAccountSignedInFromIt()
    {
        var client = _factory.CreateClient();
        var (victim, _, _) = await client.NewAccountAsync();
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal("INVALID_CREDENTIALS", AccountSteps.ErrorCode(await client.SignInAsync(AccountSteps.NewEmail(), "stuffed credential")));
        }

        Assert.Equal("TOO_MANY_ATTEMPTS", AccountSteps.ErrorCode(await client.SignInAsync(victim)));
    }

    [Fact]
    public async Task SignUpsFromOneAddressAreThrottled()
    {
        var client = _factory.CreateClient();
        var codes = new List<string?>();
        for (var i = 0; i < 6; i++)
        {
            var payload = await client.SignUpAsync(AccountSteps.NewEmail());
            codes.Add(payload["errors"]!.AsArray().Count == 0 ? null : AccountSteps.ErrorCode(payload));
        }

        Assert.Equal([null, null, null, null, null, "TOO_MANY_ATTEMPTS"], codes);
    }

    [Fact]
    public async Task ASignedInCustomerWritesOnABudgetOfItsOwnAndIsRefusedWith429OverIt()
    {
        var client = _factory.CreateClient();
        var (_, access, _) = await client.NewAccountAsync();
        const string Write = "mutation { requestEmailVerification { errors { code } } }";
        var anonymous = 0;
        while ((await client.SendRawAsync("mutation { signOut { errors { code } } }")).Status == 200)
        {
            anonymous++;
        }

        var signedIn = 0;
        (int Status, System.Text.Json.Nodes.JsonObject Body) last;
        while ((last = await client.SendRawAsync(Write, token: access)).Status == 200)
        {
            signedIn++;
        }

        Assert.InRange(anonymous, 1, 12);
        Assert.Equal(40, signedIn);
        Assert.Equal((int)HttpStatusCode.TooManyRequests, last.Status);
        Assert.Equal("RATE_LIMITED", last.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}

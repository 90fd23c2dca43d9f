using Headless.Api.Tests.Admin;
using Headless.Api.Tests.Storefront;
using Headless.Domain.Identity;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Identity;

/// <summary>
/// Two API instances on one PostgreSQL database: sign-in failures counted on one are counted on the other, for
/// customers and for staff, so an attacker gains nothing by spreading guesses over instances behind a load balancer.
/// </summary>
[Collection(PostgresStorefront.Name)]
public sealed class SharedSignInThrottleTests(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Accounts:Throttling:AccountFreeAttempts"] = "3",
        ["Accounts:Throttling:AddressFreeAttempts"] = "100",
        ["Accounts:Throttling:BaseDelay"] = "00:01:00",
        ["RateLimiting:Mutations:PermitLimit"] = "200",
    };

    private StorefrontApiFactory _first = null!;
    private StorefrontApiFactory _second = null!;

    public async Task InitializeAsync()
    {
        var database = await postgres.CreateDatabaseAsync("throttle");
        _first = new StorefrontApiFactory("Postgres", database, Settings);
        _first.CreateClient().Dispose();
        _second = new StorefrontApiFactory("Postgres", database, Settings);
        _second.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task FailedCustomerSignInsSpreadOverTwoInstancesShareOneBudget()
    {
        var first = _first.CreateClient();
        var second = _second.CreateClient();
        var (email, _, _) = await first.NewAccountAsync();

        var codes = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            codes.Add(AccountSteps.ErrorCode(await (i % 2 == 0 ? first : second).SignInAsync(email, "wrong password " + i)));
        }

        Assert.All(codes, c => Assert.Equal("INVALID_CREDENTIALS", c));
        // The budget (3 free, then a wait after the 4th) is spent across both: the fifth attempt waits on either instance, even with the right password.
        Assert.Equal("TOO_MANY_ATTEMPTS", AccountSteps.ErrorCode(await first.SignInAsync(email, "wrong password 4")));
        Assert.Equal("TOO_MANY_ATTEMPTS", AccountSteps.ErrorCode(await second.SignInAsync(email)));
        Assert.Equal("TOO_MANY_ATTEMPTS", AccountSteps.ErrorCode(await first.SignInAsync(email)));
    }

    [Fact]
    public async Task FailedStaffSignInsOnOneInstanceThrottleTheOtherAndAnUnknownEmailAlike()
    {
        var first = _first.CreateClient();
        var second = _second.CreateClient();
        var email = $"staff-{Guid.NewGuid():N}@example.com";
        var unknown = $"nobody-{Guid.NewGuid():N}@example.com";
        var secret = await _first.CreateStaffAsync(email, StaffRole.Support);

        var known = new List<string?>();
        var absent = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            known.Add((string?)(await AdminClient.SignInAsync(first, email, AdminClient.Code(secret), password: "wrong password " + i))["errors"]![0]!["code"]);
            absent.Add((string?)(await AdminClient.SignInAsync(first, unknown, AdminClient.Code(secret), password: "wrong password " + i))["errors"]![0]!["code"]);
        }

        var right = await AdminClient.SignInAsync(second, email, AdminClient.Code(secret));

        Assert.Equal(["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "TOO_MANY_ATTEMPTS"], known);
        Assert.Equal(known, absent);
        Assert.Equal("TOO_MANY_ATTEMPTS", (string?)right["errors"]![0]!["code"]);
        Assert.Null((string?)right["accessToken"]);
    }
}

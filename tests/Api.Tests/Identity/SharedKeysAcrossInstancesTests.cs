using Headless.Infrastructure.Identity.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Identity;

/// <summary>Two API instances on one database: the key set and the Data Protection key ring are shared.</summary>
public sealed class SharedKeysAcrossInstancesTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"headless-shared-{Guid.NewGuid():N}.db");
    private HeadlessApiFactory _first = null!;
    private HeadlessApiFactory _second = null!;

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Headless"] = $"Data Source={_database}",
            ["Authentication:SessionCheckCacheDuration"] = "00:00:00",
        };
        _first = new HeadlessApiFactory(settings: settings);
        _first.CreateClient().Dispose(); // migrate and seed before the second starts
        _second = new HeadlessApiFactory(settings: settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }

    [Fact]
    public async Task ATokenIssuedByOneInstanceValidatesOnTheOtherAcrossAKeyRotation()
    {
        var second = _second.CreateClient();
        var (_, issuedByFirst) = await _first.IssueAsync(Guid.NewGuid().ToString());
        Assert.Equal(200, await second.StatusWithTokenAsync(issuedByFirst.Token));

        // The second instance has cached the first key; the first rotates, and the second must accept both.
        await _first.Services.GetRequiredService<SigningKeyStore>().RotateAsync(CancellationToken.None);
        var (_, afterRotation) = await _first.IssueAsync(Guid.NewGuid().ToString());
        Assert.NotEqual(new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(issuedByFirst.Token).Kid, new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(afterRotation.Token).Kid);

        await Task.Delay(TimeSpan.FromSeconds(1.1)); // an unknown kid reloads the set at most once a second
        Assert.Equal(200, await second.StatusWithTokenAsync(afterRotation.Token));
        Assert.Equal(200, await second.StatusWithTokenAsync(issuedByFirst.Token));
        Assert.Equal(200, await _first.CreateClient().StatusWithTokenAsync(issuedByFirst.Token));

        // And the other way round: the second signs with the key the first created (it unprotects it with the shared ring).
        var (_, issuedBySecond) = await _second.IssueAsync(Guid.NewGuid().ToString());
        Assert.Equal(200, await _first.CreateClient().StatusWithTokenAsync(issuedBySecond.Token));
    }
}

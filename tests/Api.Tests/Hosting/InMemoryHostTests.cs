namespace Headless.Api.Tests.Hosting;

public sealed class InMemoryHostTests
{
    [Fact]
    public async Task TheInMemoryHostClaimsNoAddressItDoesNotListenOn()
    {
        await using var api = new HeadlessApiFactory();

        using var response = await api.CreateClient().GetAsync(Headless.Api.Health.HealthEndpoints.LivePath);

        Assert.True(response.IsSuccessStatusCode);
        Assert.DoesNotContain(api.Logs.Entries, e => e.Message.Contains("Now listening on", StringComparison.Ordinal));
        Assert.Contains(api.Logs.Entries, e => e.Message.Contains("Application started", StringComparison.Ordinal));
    }
}

namespace Headless.Api.Tests.Admin;

public sealed class SqliteAdminTests : AdminContract, IAsyncLifetime
{
    private readonly HeadlessApiFactory _factory = new(settings: new Dictionary<string, string> { ["Authentication:SessionCheckCacheDuration"] = "00:00:00" });

    protected override HeadlessApiFactory Factory => _factory;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}

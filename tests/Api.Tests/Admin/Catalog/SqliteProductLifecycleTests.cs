namespace Headless.Api.Tests.Admin.Catalog;

public sealed class SqliteProductLifecycleTests : ProductLifecycleContract, IAsyncLifetime
{
    private readonly HeadlessApiFactory _factory = new();

    protected override HeadlessApiFactory Factory => _factory;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}

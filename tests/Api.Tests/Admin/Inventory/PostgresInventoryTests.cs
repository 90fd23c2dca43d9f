using Headless.Api.Tests.Storefront;
using Headless.Infrastructure.Tests.Integrations;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Admin.Inventory;

[Collection(PostgresStorefront.Name)]
public sealed class PostgresInventoryTests(PostgresServer postgres) : InventoryContract, IAsyncLifetime
{
    private HeadlessApiFactory? _factory;
    private WebhookReceiver? _receiver;

    protected override HeadlessApiFactory Factory => _factory!;

    internal override WebhookReceiver Receiver => _receiver!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        var settings = Settings(_receiver);
        settings["Database:Provider"] = "Postgres";
        settings["ConnectionStrings:Headless"] = await postgres.CreateDatabaseAsync("inventory_" + Guid.NewGuid().ToString("N")[..8]);
        _factory = new HeadlessApiFactory(settings: settings);
    }

    public async Task DisposeAsync()
    {
        await _factory!.DisposeAsync();
        await _receiver!.DisposeAsync();
    }
}

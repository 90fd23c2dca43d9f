using Headless.Infrastructure.Tests.Integrations;

namespace Headless.Api.Tests.Admin.Inventory;

public sealed class SqliteInventoryTests : InventoryContract, IAsyncLifetime
{
    private HeadlessApiFactory? _factory;
    private WebhookReceiver? _receiver;

    protected override HeadlessApiFactory Factory => _factory!;

    internal override WebhookReceiver Receiver => _receiver!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _factory = new HeadlessApiFactory(settings: Settings(_receiver));
    }

    public async Task DisposeAsync()
    {
        await _factory!.DisposeAsync();
        await _receiver!.DisposeAsync();
    }
}

using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Checkout;

/// <summary>The cart concurrency contract on PostgreSQL, on a database of its own with reservations on.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresCartConcurrencyTests(PostgresServer postgres) : CartConcurrencyContract, IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static StorefrontApiFactory? _factory;

    protected override StorefrontApiFactory Factory => _factory!;

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_factory is null)
            {
                var factory = new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("carts"), HostSettings);
                factory.CreateClient().Dispose(); // start the host: migrate and seed
                _factory = factory;
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

using System.Data.Common;
using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;
using Npgsql;

namespace Headless.Api.Tests.Checkout;

/// <summary>The checkout contract on PostgreSQL, on a database of its own (orders change stock the catalog tests count).</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresCheckoutTests(PostgresServer postgres) : CheckoutContract, IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (StorefrontApiFactory Factory, string ConnectionString)? _shared;

    protected override StorefrontApiFactory Factory => _shared!.Value.Factory;

    protected override DbConnection OpenDatabase() => new NpgsqlConnection(_shared!.Value.ConnectionString);

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is null)
            {
                var connectionString = await postgres.CreateDatabaseAsync("checkout");
                var factory = new StorefrontApiFactory("Postgres", connectionString);
                factory.CreateClient().Dispose(); // start the host: migrate and seed
                _shared = (factory, connectionString);
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Identity;

/// <summary>The customer-account contract on PostgreSQL, on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresCustomerAccountTests(PostgresServer postgres) : CustomerAccountContract, IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static StorefrontApiFactory? _shared;

    protected override StorefrontApiFactory Factory => _shared!;

    /// <summary>The one host of the accounts database, started on first use (the TOTP tests share it).</summary>
    public static async Task<StorefrontApiFactory> SharedFactoryAsync(PostgresServer postgres)
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is null)
            {
                var factory = new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("accounts"), Settings);
                factory.CreateClient().Dispose();
                _shared = factory;
            }

            return _shared;
        }
        finally
        {
            Gate.Release();
        }
    }

    public async Task InitializeAsync() => await SharedFactoryAsync(postgres);

    public Task DisposeAsync() => Task.CompletedTask;
}

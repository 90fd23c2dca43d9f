using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Identity;

/// <summary><see cref="TrustedDeviceContract"/> on PostgreSQL, on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresTrustedDeviceTests(PostgresServer postgres) : TrustedDeviceContract, IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static StorefrontApiFactory? _shared;

    protected override StorefrontApiFactory Factory => _shared!;

    /// <summary>The one host of the devices database, started on first use.</summary>
    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is null)
            {
                var factory = new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("devices"), Settings);
                factory.CreateClient().Dispose();
                _shared = factory;
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

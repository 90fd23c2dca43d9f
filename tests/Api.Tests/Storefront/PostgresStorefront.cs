using Headless.Tests.Shared;

namespace Headless.Api.Tests.Storefront;

/// <summary>A private PostgreSQL for the API tests, and one seeded storefront on it for the whole run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresStorefront : ICollectionFixture<PostgresServer>
{
    public const string Name = "api-postgres";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static StorefrontApiFactory? _factory;

    public static async Task<StorefrontApiFactory> FactoryAsync(PostgresServer server)
    {
        await Gate.WaitAsync();
        try
        {
            if (_factory is null)
            {
                var factory = new StorefrontApiFactory("Postgres", await server.CreateDatabaseAsync("storefront"));
                factory.CreateClient().Dispose(); // start the host: migrate and seed
                _factory = factory;
            }

            return _factory;
        }
        finally
        {
            Gate.Release();
        }
    }
}

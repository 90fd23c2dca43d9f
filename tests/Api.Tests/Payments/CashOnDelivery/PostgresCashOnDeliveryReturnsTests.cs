using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Payments.CashOnDelivery;

/// <summary>The cash-on-delivery returns contract on PostgreSQL, each test on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresCashOnDeliveryReturnsTests(PostgresServer postgres) : CashOnDeliveryReturnsContract
{
    protected override async Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var factory = new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("codreturns"), settings);
        factory.CreateClient().Dispose();
        return factory;
    }
}

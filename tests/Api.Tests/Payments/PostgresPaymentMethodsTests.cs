using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Payments;

/// <summary>The payment-method contract on PostgreSQL, each test on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresPaymentMethodsTests(PostgresServer postgres) : PaymentMethodsContract
{
    protected override async Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string> settings) =>
        Started(new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("payments"), settings));
}

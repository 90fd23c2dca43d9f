using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Identity;

/// <summary>The customer-TOTP contract on PostgreSQL, on the accounts tests' database and host.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresCustomerTotpTests(PostgresServer postgres) : CustomerTotpContract, IAsyncLifetime
{
    private StorefrontApiFactory? _factory;

    protected override StorefrontApiFactory Factory => _factory!;

    public async Task InitializeAsync() => _factory = await PostgresCustomerAccountTests.SharedFactoryAsync(postgres);

    public Task DisposeAsync() => Task.CompletedTask;
}

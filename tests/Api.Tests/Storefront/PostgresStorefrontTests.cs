using Headless.Tests.Shared;

namespace Headless.Api.Tests.Storefront;

[Collection(PostgresStorefront.Name)]
public sealed class PostgresStorefrontTests(PostgresServer postgres) : StorefrontContract
{
    protected override StorefrontApiFactory Factory => PostgresStorefront.FactoryAsync(postgres).GetAwaiter().GetResult();
}

using Headless.Tests.Shared;

namespace Headless.Api.Tests.Storefront;

[Collection(PostgresStorefront.Name)]
public sealed class PostgresFilterLimitsTests(PostgresServer postgres) : FilterLimitsContract
{
    protected override StorefrontApiFactory Factory => PostgresStorefront.FactoryAsync(postgres).GetAwaiter().GetResult();
}

using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Admin.Refunds;

/// <summary>The refund follow-up contract on PostgreSQL, each test on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresRefundFollowUpTests(PostgresServer postgres) : RefundFollowUpContract
{
    protected override async Task<StorefrontApiFactory> StartAsync(bool background, IReadOnlyDictionary<string, string> settings)
    {
        var api = new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("refund_follow_up"), Settings(background, settings));
        api.CreateClient().Dispose();
        return api;
    }
}

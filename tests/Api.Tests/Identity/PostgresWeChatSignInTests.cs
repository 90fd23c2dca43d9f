using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Identity;

/// <summary><see cref="WeChatSignInContract"/> on PostgreSQL (a fresh database per test).</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresWeChatSignInTests(PostgresServer postgres) : WeChatSignInContract
{
    protected override async Task<(string Provider, string ConnectionString)> CreateDatabaseAsync() =>
        ("Postgres", await postgres.CreateDatabaseAsync("wechat"));
}

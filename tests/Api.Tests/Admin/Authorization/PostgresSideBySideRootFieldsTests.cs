using System.Text.Json.Nodes;
using Headless.Api.Admin;
using Headless.Api.Tests.Identity;
using Headless.Api.Tests.Storefront;
using Headless.Domain.Identity;
using Headless.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Authorization;

/// <summary>
/// Sibling root fields resolve concurrently, and PostgreSQL (Npgsql) refuses a second query on a context that is busy
/// ("A second operation was started on this context instance"), where SQLite would quietly serialise them. So every
/// admin root query field is asked in one document, side by side, as the owner, on PostgreSQL: a field that reads the
/// request's shared context fails here. A field added later is asked without a line of test.
/// </summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresSideBySideRootFieldsTests(PostgresServer postgres) : IAsyncLifetime
{
    private HeadlessApiFactory? _api;

    public async Task InitializeAsync() => _api = new HeadlessApiFactory(settings: new Dictionary<string, string>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Headless"] = await postgres.CreateDatabaseAsync("sidebyside_" + Guid.NewGuid().ToString("N")[..8]),
        ["RateLimiting:Enabled"] = "false",
    });

    public async Task DisposeAsync() => await _api!.DisposeAsync();

    [Fact]
    public async Task TheInventoryAndKeyListsAskedSideBySideAllAnswer()
    {
        var client = _api!.CreateClient();
        var owner = await OwnerAsync(client);
        const string query = """
            { apiKeys { id } stockLocations { code } stockLedgerDrift { onHand } stockMovements { __typename }
              stockLevels(variantId: "00000000-0000-0000-0000-000000000001") { onHand } webhookEndpoints { id } parkedSteps { id }
              staffMembers { email } viewer { __typename } }
            """;

        for (var round = 0; round < 5; round++)
        {
            var (_, body) = await client.AdminAsync(query, bearer: owner);
            Assert.True(body["errors"] is null, body.ToJsonString());
        }
    }

    [Fact]
    public async Task EveryAdminRootQueryFieldAskedSideBySideAnswersWithoutAServerFault()
    {
        var client = _api!.CreateClient();
        var owner = await OwnerAsync(client);
        var schema = _api.Services.GetRequiredService<AdminSchema>().Schema;
        var fields = schema.QueryType!.Fields.Values.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        var document = "query { " + string.Join(" ", fields.Select(MinimalArguments.Call)) + " }";

        // A few rounds: a collision depends on timing, and one clean answer proves little.
        for (var round = 0; round < 5; round++)
        {
            var (_, body) = await client.AdminAsync(document, bearer: owner);
            var faults = (body["errors"]?.AsArray() ?? []).Where(IsServerFault).ToList();
            Assert.True(faults.Count == 0, $"{document}\nanswered {body.ToJsonString()}");
        }

        Assert.True(fields.Count > 10, $"Only {fields.Count} admin root query fields asked.");
    }

    // The random arguments may well be refused (a malformed ID, nothing found): only a fault of the server counts.
    private static bool IsServerFault(JsonNode? error) =>
        (string?)error?["extensions"]?["code"] is "INTERNAL_SERVER_ERROR" or "SERVICE_UNAVAILABLE" or null;

    private async Task<string> OwnerAsync(HttpClient client)
    {
        var email = $"sidebyside-{Guid.NewGuid():N}@shop.test";
        return await client.StaffTokenAsync(email, await _api!.CreateStaffAsync(email, StaffRole.Owner));
    }
}

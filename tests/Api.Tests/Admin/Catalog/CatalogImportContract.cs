using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Identity;
using Headless.Domain.Identity;
using Headless.Infrastructure.Catalog.Admin;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Catalog;

/// <summary>
/// CSV imports beyond the default: per-row mode imports the valid rows and names each wrong line, and a background
/// import returns its job at once, shows its progress while it runs in batches, is audited as its requester's, and is
/// finished by another instance when the one running it stops.
/// </summary>
public abstract class CatalogImportContract
{
    private const string Header = "product_slug,product_name,description,kind,category_slug,published,sku,options,price,compare_at_price,currency";

    private const string JobFields = "id status mode background processed total rowsFailed productsCreated variantsCreated errors { line column code }";

    /// <summary>The provider and a connection string of a fresh database (two hosts may share it).</summary>
    protected abstract Task<(string Provider, string ConnectionString)> DatabaseAsync();

    private static HeadlessApiFactory Host((string Provider, string ConnectionString) database, bool worker = true) => new(settings: new Dictionary<string, string>
    {
        ["Database:Provider"] = database.Provider,
        ["ConnectionStrings:Headless"] = database.ConnectionString,
        ["Database:SeedDemoCatalog"] = "false",
        ["Catalog:Admin:ImportPollInterval"] = worker ? "00:00:00.100" : "00:00:00",
        ["Catalog:Admin:ImportBatchSize"] = "20",
        ["Catalog:Admin:ImportLease"] = "00:00:02",
    });

    private static async Task<(string Token, string StaffId, string CategorySlug)> OwnerAndCategoryAsync(HeadlessApiFactory api, HttpClient client)
    {
        var email = $"owner-{Guid.NewGuid():N}@shop.test";
        var token = await client.StaffTokenAsync(email, await api.CreateStaffAsync(email, StaffRole.Owner));
        var staffId = (string)(await client.AdminAsync("{ viewer { ... on StaffMember { id } } }", bearer: token)).Body["data"]!["viewer"]!["id"]!;
        var slug = "cat-" + Guid.NewGuid().ToString("N")[..8];
        var (_, created) = await client.AdminAsync("mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { errors { code } } }", new { input = new { slug, name = "Lamps" } }, bearer: token);
        Assert.Empty(created["data"]!["createCategory"]!["errors"]!.AsArray());
        return (token, staffId, slug);
    }

    /// <summary>A file of <paramref name="products"/> products of two variants each; <paramref name="badLine"/> gets a price that is not one.</summary>
    private static string File(string prefix, string categorySlug, int products, int? badLine = null)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        var line = 1;
        for (var p = 0; p < products; p++)
        {
            foreach (var colour in new[] { "Brass", "Black" })
            {
                line++;
                var price = line == badLine ? "twelve" : "49.00";
                text.Append($"{prefix}-{p},Lamp {p},A lamp,Physical,{categorySlug},true,{prefix.ToUpperInvariant()}-{p}-{colour.ToUpperInvariant()},Colour={colour},{price},,EUR\r\n");
            }
        }

        return text.ToString();
    }

    private static async Task<JsonNode> ImportAsync(HttpClient client, string token, object input)
    {
        var (_, body) = await client.AdminAsync($"mutation ($input: ImportCatalogCsvInput!) {{ importCatalogCsv(input: $input) {{ job {{ {JobFields} }} errors {{ code }} }} }}", new { input }, bearer: token);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["importCatalogCsv"]!["job"]!;
    }

    private static async Task<JsonNode> JobAsync(HttpClient client, string token, string id)
    {
        var (_, body) = await client.AdminAsync($"query ($id: ID!) {{ catalogImport(id: $id) {{ {JobFields} }} }}", new { id }, bearer: token);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["catalogImport"]!;
    }

    private static async Task<int> ProductCountAsync(HeadlessApiFactory api, string prefix)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().Products.CountAsync(p => p.Slug.StartsWith(prefix + "-"));
    }

    /// <summary>Polls the job until it ends: every state seen, in order.</summary>
    private static async Task<List<JsonNode>> FollowAsync(HttpClient client, string token, string id, TimeSpan patience)
    {
        var seen = new List<JsonNode>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < patience)
        {
            var job = await JobAsync(client, token, id);
            seen.Add(job);
            if ((string?)job["status"] != "RUNNING")
            {
                return seen;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"The import did not end within {patience}: last {seen[^1].ToJsonString()}");
    }

    [Fact]
    public async Task PerRowModeImportsTheValidRowsAndNamesEachWrongLineWhereTheDefaultImportsNothing()
    {
        await using var api = Host(await DatabaseAsync());
        using var client = api.CreateClient();
        var (token, _, category) = await OwnerAndCategoryAsync(api, client);
        var prefix = "pr-" + Guid.NewGuid().ToString("N")[..6];
        var csv = File(prefix, category, products: 3, badLine: 4) + $"{prefix}-x,Lamp x,,Gadget,{category},true,{prefix.ToUpperInvariant()}-X,,10.00,,EUR\r\n";

        var refused = await ImportAsync(client, token, new { csv });
        var perRow = await ImportAsync(client, token, new { csv, mode = "PER_ROW" });

        Assert.Equal(("FAILED", "ALL_OR_NOTHING", false), ((string?)refused["status"], (string?)refused["mode"], (bool)refused["background"]!));
        Assert.Equal("[{\"line\":4,\"column\":\"price\",\"code\":\"INVALID_CSV\"},{\"line\":8,\"column\":\"kind\",\"code\":\"INVALID_CSV\"}]", refused["errors"]!.ToJsonString());
        Assert.Equal(("SUCCEEDED", "PER_ROW", 7, 2), ((string?)perRow["status"], (string?)perRow["mode"], (int)perRow["total"]!, (int)perRow["rowsFailed"]!));
        Assert.Equal(refused["errors"]!.ToJsonString(), perRow["errors"]!.ToJsonString());
        // Products 0..2 exist (product 1 with its one valid variant); the row with an unknown kind made nothing.
        Assert.Equal((3, 5), ((int)perRow["productsCreated"]!, (int)perRow["variantsCreated"]!));
        Assert.Equal(3, await ProductCountAsync(api, prefix));

        var (_, audit) = await client.AdminAsync("query ($where: AuditLogFilter) { auditLog(first: 10, where: $where) { nodes { outcome targetType changes } } }", new { where = new { action = "importCatalogCsv" } }, bearer: token);
        var entries = audit["data"]!["auditLog"]!["nodes"]!.AsArray();
        Assert.Contains(entries, e => (string?)e!["outcome"] == "changed" && ((string)e["changes"]!).Contains("\"type\":\"Product\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABackgroundImportReturnsAtOnceShowsItsProgressWhileItRunsAndIsAuditedAsItsRequesters()
    {
        await using var api = Host(await DatabaseAsync());
        using var client = api.CreateClient();
        var (token, staffId, category) = await OwnerAndCategoryAsync(api, client);
        var prefix = "bg-" + Guid.NewGuid().ToString("N")[..6];

        var queued = await ImportAsync(client, token, new { csv = File(prefix, category, products: 400, badLine: 301), mode = "PER_ROW", background = true });
        var seen = await FollowAsync(client, token, (string)queued["id"]!, TimeSpan.FromMinutes(3));

        Assert.Equal(("RUNNING", true, 800), ((string?)queued["status"], (bool)queued["background"]!, (int)queued["total"]!));
        Assert.True((int)queued["processed"]! < 800);
        Assert.Contains(seen, j => (string?)j["status"] == "RUNNING" && (int)j["processed"]! is > 0 and < 800);
        var processed = seen.Select(j => (int)j["processed"]!).ToList();
        Assert.Equal(processed.Order(), processed); // progress only grows
        var done = seen[^1];
        Assert.Equal(("SUCCEEDED", 800, 1, 400, 799), ((string?)done["status"], (int)done["processed"]!, (int)done["rowsFailed"]!, (int)done["productsCreated"]!, (int)done["variantsCreated"]!));
        Assert.Equal("[{\"line\":301,\"column\":\"price\",\"code\":\"INVALID_CSV\"}]", done["errors"]!.ToJsonString());
        Assert.Equal(400, await ProductCountAsync(api, prefix));

        // Each batch is audited as the staff member who asked, against the job.
        var jobId = Headless.Api.Storefront.GlobalId.Decode((string)queued["id"]!, "CatalogImportJob").ToString();
        var (_, audit) = await client.AdminAsync("query ($where: AuditLogFilter) { auditLog(first: 100, where: $where) { nodes { actorKind actorId outcome } } }", new { where = new { action = "importCatalogCsv", targetId = jobId } }, bearer: token);
        var entries = audit["data"]!["auditLog"]!["nodes"]!.AsArray();
        Assert.True(entries.Count > 10, audit.ToJsonString());
        Assert.All(entries, e => Assert.Equal(("staff", staffId), ((string?)e!["actorKind"], (string?)e["actorId"])));

        // All or nothing in the background: a wrong row refuses the file before any batch is written.
        var other = "bn-" + Guid.NewGuid().ToString("N")[..6];
        var refused = await ImportAsync(client, token, new { csv = File(other, category, products: 50, badLine: 90), background = true });
        var end = (await FollowAsync(client, token, (string)refused["id"]!, TimeSpan.FromMinutes(1)))[^1];
        Assert.Equal(("FAILED", "[{\"line\":90,\"column\":\"price\",\"code\":\"INVALID_CSV\"}]"), ((string?)end["status"], end["errors"]!.ToJsonString()));
        Assert.Equal(0, await ProductCountAsync(api, other));
    }

    [Fact]
    public async Task ABackgroundImportLeftByAStoppedInstanceIsFinishedByAnotherOnceItsLeaseRunsOut()
    {
        var database = await DatabaseAsync();
        // The first instance's own worker is off: the test runs its batches for it, so it stops mid-job however fast
        // the machine is (stopping a running worker at the right moment was a race a quiet machine could lose).
        var first = Host(database, worker: false);
        using var client = first.CreateClient();
        var (token, _, category) = await OwnerAndCategoryAsync(first, client);
        var prefix = "kl-" + Guid.NewGuid().ToString("N")[..6];
        var queued = await ImportAsync(client, token, new { csv = File(prefix, category, products: 300), background = true });
        var id = (string)queued["id"]!;
        var jobId = Headless.Api.Storefront.GlobalId.Decode(id, "CatalogImportJob");
        const string stopped = "stopped-instance";
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var lease = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().CatalogImportJobs
                .Where(j => j.Id == jobId && j.LeaseOwner == null)
                .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseOwner, stopped).SetProperty(j => j.LeaseUntil, lease)));
        }

        for (var batch = 0; batch < 2; batch++)
        {
            await using var scope = first.Services.CreateAsyncScope();
            Assert.True(await scope.ServiceProvider.GetRequiredService<CatalogCsv>().RunBatchAsync(jobId, stopped, 20, TimeSpan.FromSeconds(2), CancellationToken.None));
        }

        await first.DisposeAsync(); // the instance running the job goes away mid-job, its lease held
        await using var second = Host(database);
        using var secondClient = second.CreateClient();
        var stoppedAt = (int)(await JobAsync(secondClient, token, id))["processed"]!;
        var done = (await FollowAsync(secondClient, token, id, TimeSpan.FromMinutes(3)))[^1];

        Assert.InRange(stoppedAt, 1, 599);
        Assert.Equal(("SUCCEEDED", 600, 300, 600), ((string?)done["status"], (int)done["processed"]!, (int)done["productsCreated"]!, (int)done["variantsCreated"]!));
        Assert.Equal(300, await ProductCountAsync(second, prefix));
    }
}

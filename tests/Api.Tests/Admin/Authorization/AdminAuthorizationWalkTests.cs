using Headless.Api.Tests.Admin.Ids;
using System.Text.Json.Nodes;
using Headless.Api.Admin;
using Headless.Api.Tests.Identity;
using Headless.Domain.Identity;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Authorization;

/// <summary>
/// Proves, field by field, that the access rule each admin field declares is enforced: every root mutation and query
/// field, called with minimal arguments built from the schema itself, refuses an anonymous caller
/// (<c>UNAUTHENTICATED</c>), a customer and every caller lacking one of its permissions (<c>FORBIDDEN</c>), writes
/// nothing, and leaves only <c>refused</c> audit entries. A field added later is walked without a line of test.
/// </summary>
public sealed class AdminAuthorizationWalkTests : IAsyncLifetime
{
    private readonly HeadlessApiFactory _api = new(settings: new Dictionary<string, string>
    {
        ["RateLimiting:Enabled"] = "false",
        // Flushed by the test itself, after the walk: nothing is written while the snapshot is compared.
        ["Admin:Audit:Refusals:Window"] = "01:00:00",
        ["Admin:Audit:Refusals:MaxEntriesPerWindow"] = "100000",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task EveryAdminRootFieldRefusesCallersItsRuleExcludesAndWritesNothingForThem()
    {
        var client = _api.CreateClient();
        var callers = new List<Caller>();
        foreach (var role in new[] { StaffRole.Admin, StaffRole.Fulfillment, StaffRole.Support, StaffRole.Catalog, StaffRole.ReadOnly })
        {
            var email = $"walk-{role}-{Guid.NewGuid():N}@shop.test".ToLowerInvariant();
            var token = await client.StaffTokenAsync(email, await _api.CreateStaffAsync(email, role));
            callers.Add(new Caller(role.ToString(), RolePermissions.For(role), Bearer: token, ApiKey: null, await ViewerIdAsync(client, token, null)));
        }

        var ownerEmail = $"walk-owner-{Guid.NewGuid():N}@shop.test";
        var owner = await client.StaffTokenAsync(ownerEmail, await _api.CreateStaffAsync(ownerEmail, StaffRole.Owner));
        var (_, created) = await client.AdminAsync("mutation { createApiKey(input: { name: \"no permissions\", permissions: [] }) { secret } }", bearer: owner);
        var key = (string)created["data"]!["createApiKey"]!["secret"]!;
        callers.Add(new Caller("api key without permissions", new HashSet<string>(), Bearer: null, ApiKey: key, await ViewerIdAsync(client, null, key)));
        var customerId = Guid.NewGuid().ToString();
        var (_, customer) = await _api.IssueAsync(customerId);
        var customerCaller = new Caller("customer", new HashSet<string>(), Bearer: customer.Token, ApiKey: null, customerId);

        var schema = _api.Services.GetRequiredService<AdminSchema>().Schema;
        var fields = schema.MutationType!.Fields.Values.Select(f => ("mutation", schema.MutationType, f))
            .Concat(schema.QueryType!.Fields.Values.Select(f => ("query", schema.QueryType, f)))
            .Where(x => !x.f.Access!.IsOpen)
            .ToList();
        var auditBefore = await LastAuditIdAsync();
        var before = await DatabaseSnapshot.TakeAsync(_api.Services, LeftOut);

        var failures = new List<string>();
        var expectedRefusals = new List<(Caller Caller, string Target)>();
        foreach (var (operation, root, field) in fields)
        {
            var document = MinimalArguments.Document(operation, field);
            Check(failures, document, field.Name, "anonymous", "UNAUTHENTICATED", (await client.AdminAsync(document)).Body);
            Check(failures, document, field.Name, customerCaller.Name, "FORBIDDEN", (await client.AdminAsync(document, bearer: customerCaller.Bearer)).Body);
            expectedRefusals.Add((customerCaller, $"{root.Name}.{field.Name}"));

            var needed = field.Access!.Permissions.Where(p => p != Permissions.AdminAccess).ToList();
            foreach (var caller in callers.Where(c => needed.Any(p => !c.Permissions.Contains(p))))
            {
                var (_, body) = await client.AdminAsync(document, bearer: caller.Bearer, apiKey: caller.ApiKey);
                Check(failures, document, field.Name, caller.Name, "FORBIDDEN", body);
                expectedRefusals.Add((caller, $"{root.Name}.{field.Name}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fields.Count > 50, $"Only {fields.Count} admin root fields walked.");
        var after = await DatabaseSnapshot.TakeAsync(_api.Services, LeftOut);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before.Keys, table => Assert.True(before[table].SequenceEqual(after[table]), $"Table {table} changed during the walk."));

        // The only audit trail of the walk: one refused entry per field and refused caller, nothing else.
        await _api.Services.GetRequiredService<AccessRefusalLog>().FlushAsync(CancellationToken.None);
        await using var scope = _api.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().AuditEntries.AsNoTracking().Where(e => e.Id > auditBefore).ToListAsync();
        Assert.All(entries, e => Assert.Equal((AuditOutcomes.Refused, "FORBIDDEN", AccessRefusalLog.FieldTargetType), (e.Outcome, e.ErrorCodes, e.TargetType)));
        var recorded = entries.Select(e => (e.ActorId, e.TargetId)).ToHashSet();
        var missing = expectedRefusals.Where(r => !recorded.Contains((r.Caller.ActorId, r.Target))).Select(r => $"{r.Caller.Name} on {r.Target}").ToList();
        Assert.True(missing.Count == 0, "Refusals without an audit entry: " + string.Join(", ", missing));
        Assert.Equal(expectedRefusals.Count, entries.Count);
    }

    // api_keys: lastUsedAt is written on use (at most once a minute); audit_entries: checked entry by entry;
    // integration_checkpoints: the feed's background lease is claimed on its own rhythm, whatever the callers do.
    private static readonly IReadOnlySet<string> LeftOut = new HashSet<string>(StringComparer.Ordinal) { "api_keys", "audit_entries", "integration_checkpoints" };

    private static void Check(List<string> failures, string document, string field, string caller, string code, JsonObject body)
    {
        var error = body["errors"]?.AsArray().FirstOrDefault(e => e!["path"]?.ToJsonString() == $"[\"{field}\"]");
        if (error is null || (string?)error["extensions"]?["code"] != code || error["message"] is null || error["locations"] is null)
        {
            failures.Add($"{caller}: {document} answered {body.ToJsonString()}, not {code} at [{field}]");
        }
    }

    private static async Task<string> ViewerIdAsync(HttpClient client, string? bearer, string? apiKey)
    {
        var (_, body) = await client.AdminAsync("{ viewer { ... on StaffMember { id } ... on ApiKey { id } } }", bearer: bearer, apiKey: apiKey);
        // The audit rows store the database ID inside the global ID the viewer answers.
        return AdminTestIds.Uuid((string?)body["data"]?["viewer"]?["id"] ?? throw new InvalidOperationException(body.ToJsonString()));
    }

    private async Task<long> LastAuditIdAsync()
    {
        await using var scope = _api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    private sealed record Caller(string Name, IReadOnlySet<string> Permissions, string? Bearer, string? ApiKey, string ActorId);
}

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
/// nothing, and leaves only <c>refused</c> audit entries; and every caller holding its permissions (the owner, the
/// roles, an API key) gets past the rule. A field added later is walked without a line of test.
/// </summary>
public abstract class AdminAuthorizationWalkContract : IAsyncLifetime
{
    private HeadlessApiFactory? _api;

    /// <summary>A host on the provider under test with these settings.</summary>
    protected abstract Task<HeadlessApiFactory> StartAsync(Dictionary<string, string> settings);

    public async Task InitializeAsync() => _api = await StartAsync(new Dictionary<string, string>
    {
        ["RateLimiting:Enabled"] = "false",
        // Flushed by the test itself, after the walk: nothing is written while the snapshot is compared.
        ["Admin:Audit:Refusals:Window"] = "01:00:00",
        ["Admin:Audit:Refusals:MaxEntriesPerWindow"] = "100000",
    });

    public async Task DisposeAsync() => await _api!.DisposeAsync();

    private HeadlessApiFactory Api => _api!;

    /// <summary>
    /// A staff member of every role but the owner, the owner, an API key without permissions and one with all the
    /// owner can grant, each with the permissions the server reports for it.
    /// </summary>
    private async Task<(List<Caller> Refusable, Caller Owner, Caller FullKey)> CallersAsync(HttpClient client)
    {
        var callers = new List<Caller>();
        foreach (var role in new[] { StaffRole.Admin, StaffRole.Fulfillment, StaffRole.Support, StaffRole.Catalog, StaffRole.ReadOnly })
        {
            var email = $"walk-{role}-{Guid.NewGuid():N}@shop.test".ToLowerInvariant();
            var token = await client.StaffTokenAsync(email, await Api.CreateStaffAsync(email, role));
            callers.Add(await CallerAsync(client, role.ToString(), token, null));
        }

        var ownerEmail = $"walk-owner-{Guid.NewGuid():N}@shop.test";
        var owner = await CallerAsync(client, "owner", await client.StaffTokenAsync(ownerEmail, await Api.CreateStaffAsync(ownerEmail, StaffRole.Owner)), null);
        callers.Add(await CallerAsync(client, "api key without permissions", null, await KeyAsync(client, owner.Bearer!, [])));
        var fullKey = await CallerAsync(client, "api key with every permission", null, await KeyAsync(client, owner.Bearer!, [.. Permissions.All]));
        Assert.Equal(Permissions.All.Order(StringComparer.Ordinal), fullKey.Permissions.Where(p => p != Permissions.AdminAccess).Order(StringComparer.Ordinal));
        return (callers, owner, fullKey);
    }

    private List<(string Operation, ObjectType Root, FieldDefinition Field)> ProtectedRootFields()
    {
        var schema = Api.Services.GetRequiredService<AdminSchema>().Schema;
        return schema.MutationType!.Fields.Values.Select(f => ("mutation", schema.MutationType, f))
            .Concat(schema.QueryType!.Fields.Values.Select(f => ("query", schema.QueryType, f)))
            .Where(x => !x.f.Access!.IsOpen)
            .ToList();
    }

    private static IReadOnlyList<string> Needed(FieldDefinition field) => field.Access!.Permissions.Where(p => p != Permissions.AdminAccess).ToList();

    [Fact]
    public async Task EveryAdminRootFieldRefusesCallersItsRuleExcludesAndWritesNothingForThem()
    {
        var client = Api.CreateClient();
        var (callers, _, fullKey) = await CallersAsync(client);
        callers.Add(fullKey);
        var customerId = Guid.NewGuid().ToString();
        var (_, customer) = await Api.IssueAsync(customerId);
        var customerCaller = new Caller("customer", new HashSet<string>(), Bearer: customer.Token, ApiKey: null, customerId);
        var fields = ProtectedRootFields();
        var auditBefore = await LastAuditIdAsync();
        var before = await DatabaseSnapshot.TakeAsync(Api.Services, LeftOut);

        var failures = new List<string>();
        var expectedRefusals = new List<(Caller Caller, string Target)>();
        foreach (var (operation, root, field) in fields)
        {
            var document = MinimalArguments.Document(operation, field);
            Check(failures, document, field.Name, "anonymous", "UNAUTHENTICATED", (await client.AdminAsync(document)).Body);
            Check(failures, document, field.Name, customerCaller.Name, "FORBIDDEN", (await client.AdminAsync(document, bearer: customerCaller.Bearer)).Body);
            expectedRefusals.Add((customerCaller, $"{root.Name}.{field.Name}"));

            var needed = Needed(field);
            foreach (var caller in callers.Where(c => needed.Any(p => !c.Permissions.Contains(p))))
            {
                var (_, body) = await client.AdminAsync(document, bearer: caller.Bearer, apiKey: caller.ApiKey);
                Check(failures, document, field.Name, caller.Name, "FORBIDDEN", body);
                expectedRefusals.Add((caller, $"{root.Name}.{field.Name}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fields.Count > 50, $"Only {fields.Count} admin root fields walked.");
        var after = await DatabaseSnapshot.TakeAsync(Api.Services, LeftOut);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before.Keys, table => Assert.True(before[table].SequenceEqual(after[table]), $"Table {table} changed during the walk."));

        // The only audit trail of the walk: one refused entry per field and refused caller, nothing else.
        await Api.Services.GetRequiredService<AccessRefusalLog>().FlushAsync(CancellationToken.None);
        await using var scope = Api.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().AuditEntries.AsNoTracking().Where(e => e.Id > auditBefore).ToListAsync();
        Assert.All(entries, e => Assert.Equal((AuditOutcomes.Refused, "FORBIDDEN", AccessRefusalLog.FieldTargetType), (e.Outcome, e.ErrorCodes, e.TargetType)));
        var recorded = entries.Select(e => (e.ActorId, e.TargetId)).ToHashSet();
        var missing = expectedRefusals.Where(r => !recorded.Contains((r.Caller.ActorId, r.Target))).Select(r => $"{r.Caller.Name} on {r.Target}").ToList();
        Assert.True(missing.Count == 0, "Refusals without an audit entry: " + string.Join(", ", missing));
        Assert.Equal(expectedRefusals.Count, entries.Count);
    }

    [Fact]
    public async Task EveryAdminRootFieldLetsInEveryCallerHoldingItsPermissionsAndEachFieldHasSuchACaller()
    {
        var client = Api.CreateClient();
        var (callers, owner, fullKey) = await CallersAsync(client);
        callers.AddRange([owner, fullKey]);
        var fields = ProtectedRootFields();

        // Through the rule, the random arguments may well be refused by the field itself (no such order, a wrong
        // code): a mutation says so in its payload's errors. An access refusal or a fault of the server is a failure.
        var failures = new List<string>();
        var allowedCallers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (operation, root, field) in fields)
        {
            var document = MinimalArguments.Document(operation, field);
            var needed = Needed(field);
            var allowed = callers.Where(c => needed.All(c.Permissions.Contains)).ToList();
            allowedCallers[$"{root.Name}.{field.Name}"] = allowed.Select(c => c.Name).ToList();
            foreach (var caller in allowed)
            {
                var (status, body) = await client.AdminAsync(document, bearer: caller.Bearer, apiKey: caller.ApiKey);
                var refusal = body["errors"]?.AsArray().FirstOrDefault(e => (string?)e!["extensions"]?["code"] is "FORBIDDEN" or "UNAUTHENTICATED" or "INTERNAL_SERVER_ERROR" or null);

                // A query answers (a random ID finds nothing: null or empty); a mutation answers its payload, whose
                // errors say why nothing was changed.
                var answered = operation == "query" ? body["errors"] is null : body["data"]?[field.Name] is JsonObject;
                if (status != System.Net.HttpStatusCode.OK || refusal is not null || !answered)
                {
                    failures.Add($"{caller.Name}: {document} answered {(int)status} {body.ToJsonString()}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fields.Count > 50, $"Only {fields.Count} admin root fields walked.");
        Assert.All(allowedCallers, f => Assert.Contains("owner", f.Value));
        Assert.All(allowedCallers, f => Assert.Contains(fullKey.Name, f.Value));

        // Each permission-bearing role is let in somewhere beyond what every staff member may do.
        foreach (var role in new[] { StaffRole.Admin, StaffRole.Fulfillment, StaffRole.Support, StaffRole.Catalog, StaffRole.ReadOnly })
        {
            Assert.Contains(allowedCallers, f => f.Value.Contains(role.ToString()) && fields.Single(x => $"{x.Root.Name}.{x.Field.Name}" == f.Key).Field.Access!.Permissions.Count > 1);
        }
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

    private static async Task<Caller> CallerAsync(HttpClient client, string name, string? bearer, string? apiKey)
    {
        var (_, body) = await client.AdminAsync(
            "{ viewer { ... on StaffMember { id permissions } ... on ApiKey { id permissions } } }", bearer: bearer, apiKey: apiKey);
        var viewer = body["data"]?["viewer"] ?? throw new InvalidOperationException(body.ToJsonString());

        // The audit rows store the database ID inside the global ID the viewer answers.
        var permissions = viewer["permissions"]!.AsArray().Select(p => (string)p!).ToHashSet(StringComparer.Ordinal);
        return new Caller(name, permissions, bearer, apiKey, AdminTestIds.Uuid((string)viewer["id"]!));
    }

    private static async Task<string> KeyAsync(HttpClient client, string ownerToken, string[] permissions)
    {
        var (_, created) = await client.AdminAsync(
            "mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret errors { code message } } }",
            new { input = new { name = "walk", permissions } }, bearer: ownerToken);
        return (string?)created["data"]?["createApiKey"]?["secret"] ?? throw new InvalidOperationException(created.ToJsonString());
    }

    private async Task<long> LastAuditIdAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    private sealed record Caller(string Name, IReadOnlySet<string> Permissions, string? Bearer, string? ApiKey, string ActorId);
}

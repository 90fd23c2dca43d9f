using Headless.Api.Tests.Admin.Ids;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Identity;
using Headless.Domain.Identity;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Authorization;

/// <summary>
/// Calls refused before their resolver leave a coalesced <c>refused</c> audit entry: who, which field, how often,
/// never what they sent; a revoked API key presented with its secret is recorded too, and however a caller varies
/// its calls a window writes a bounded number of rows.
/// </summary>
public sealed class RefusedCallAuditTests
{
    private static HeadlessApiFactory Host(int maxEntries = 200) => new(settings: new Dictionary<string, string>
    {
        // Flushed by the tests themselves: what one window holds is then exactly what the test did.
        ["Admin:Audit:Refusals:Window"] = "01:00:00",
        ["Admin:Audit:Refusals:MaxEntriesPerWindow"] = maxEntries.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [Fact]
    public async Task RepeatedForbiddenCallsLeaveOneRefusedEntryCountingThemWithoutTheirArguments()
    {
        await using var api = Host();
        var client = api.CreateClient();
        var email = $"support-{Guid.NewGuid():N}@shop.test";
        var token = await client.StaffTokenAsync(email, await api.CreateStaffAsync(email, StaffRole.Support));
        var supportId = AdminTestIds.Uuid((string)(await client.AdminAsync("{ viewer { ... on StaffMember { id } } }", bearer: token)).Body["data"]!["viewer"]!["id"]!);
        const string create = "mutation { createStaffMember(input: { email: \"jane.doe@private.example\", name: \"Jane Doe\", role: OWNER, password: \"hunter2hunter2hunter2\" }) { errors { code } } }";

        for (var i = 0; i < 3; i++)
        {
            var (_, refused) = await client.AdminAsync(create, bearer: token);
            Assert.Equal("FORBIDDEN", refused.ErrorCode());
        }

        await api.Services.GetRequiredService<AccessRefusalLog>().FlushAsync(CancellationToken.None);
        var entries = await EntriesAsync(api, e => e.ActorId == supportId);

        var entry = Assert.Single(entries);
        Assert.Equal(("staff", "createStaffMember", AuditOutcomes.Refused, "FORBIDDEN"), (entry.ActorKind, entry.Action, entry.Outcome, entry.ErrorCodes));
        Assert.Equal((AccessRefusalLog.FieldTargetType, "Mutation.createStaffMember"), (entry.TargetType, entry.TargetId));
        var fields = JsonNode.Parse(entry.Changes)![0]!["fields"]!;
        Assert.Equal(3, (int)fields["attempts"]!["after"]!);
        Assert.Equal("staff:manage", (string?)fields["missingPermission"]!["after"]);
        Assert.Equal("mutation", (string?)fields["operation"]!["after"]);
        Assert.NotNull(entry.RequestId);
        var stored = JsonSerializer.Serialize(entry);
        Assert.DoesNotContain("jane", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hunter2", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevokedApiKeyPresentedWithItsSecretIsAuditedAndAGuessedKeyIsNot()
    {
        await using var api = Host();
        var client = api.CreateClient();
        var email = $"owner-{Guid.NewGuid():N}@shop.test";
        var owner = await client.StaffTokenAsync(email, await api.CreateStaffAsync(email, StaffRole.Owner));
        var (_, created) = await client.AdminAsync("mutation { createApiKey(input: { name: \"erp\", permissions: [\"orders:read\"] }) { secret apiKey { id } } }", bearer: owner);
        var key = (string)created["data"]!["createApiKey"]!["secret"]!;
        var keyId = (string)created["data"]!["createApiKey"]!["apiKey"]!["id"]!;
        await client.AdminAsync($"mutation {{ revokeApiKey(input: {{ id: \"{keyId}\" }}) {{ errors {{ code }} }} }}", bearer: owner);

        var (revokedStatus, revokedBody) = await client.AdminAsync("{ orders(first: 1) { nodes { id } } }", apiKey: key);
        var (revokedAgain, _) = await client.AdminAsync("{ orders(first: 1) { nodes { id } } }", apiKey: key);
        var guessed = key[..^4] + (key.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var (guessedStatus, _) = await client.AdminAsync("{ orders(first: 1) { nodes { id } } }", apiKey: guessed);
        await api.Services.GetRequiredService<AccessRefusalLog>().FlushAsync(CancellationToken.None);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (revokedStatus, revokedAgain, guessedStatus));
        Assert.Equal("UNAUTHENTICATED", revokedBody.ErrorCode());
        var entry = Assert.Single(await EntriesAsync(api, e => e.ErrorCodes == "UNAUTHENTICATED"));
        Assert.Equal(("api_key", AdminTestIds.Uuid(keyId), "authenticate", AuditOutcomes.Refused), (entry.ActorKind, entry.ActorId, entry.Action, entry.Outcome));
        Assert.Equal((AccessRefusalLog.EndpointTargetType, "/admin/graphql"), (entry.TargetType, entry.TargetId));
        Assert.Equal(2, (int)JsonNode.Parse(entry.Changes)![0]!["fields"]!["attempts"]!["after"]!);
    }

    [Fact]
    public async Task ACallerVaryingWhatItCallsWritesAtMostTheWindowsCapPlusOneOverflowEntry()
    {
        await using var api = Host(maxEntries: 3);
        var client = api.CreateClient();
        var (_, customer) = await api.IssueAsync(Guid.NewGuid().ToString());
        string[] fields = ["staffMembers { email }", "apiKeys { id }", "parkedSteps { id }", "stockLocations { id }", "webhookEndpoints { id }", "stockLedgerDrift { variantId }"];

        foreach (var field in fields)
        {
            var (_, refused) = await client.AdminAsync($"{{ {field} }}", bearer: customer.Token);
            Assert.Equal("FORBIDDEN", refused.ErrorCode());
        }

        await api.Services.GetRequiredService<AccessRefusalLog>().FlushAsync(CancellationToken.None);
        var entries = await EntriesAsync(api, e => e.Outcome == AuditOutcomes.Refused);

        Assert.Equal(4, entries.Count);
        Assert.Equal(3, entries.Count(e => e.ActorKind == "customer"));
        var overflow = Assert.Single(entries, e => e.Action == AccessRefusalLog.OverflowAction);
        Assert.Equal("OVERFLOW", overflow.ErrorCodes);
        Assert.Equal(3, (int)JsonNode.Parse(overflow.Changes)![0]!["fields"]!["attempts"]!["after"]!);
    }

    private static async Task<List<AuditEntry>> EntriesAsync(HeadlessApiFactory api, System.Linq.Expressions.Expression<Func<AuditEntry, bool>> where)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().AuditEntries.AsNoTracking().Where(where).OrderBy(e => e.Id).ToListAsync();
    }
}

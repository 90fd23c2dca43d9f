using System.Text.Json.Nodes;
using Headless.Api.Integrations;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.GraphQL.Types.Scalars;
using Headless.Infrastructure.Integrations.Feed;
using Headless.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Integrations;

/// <summary>
/// <c>Query.events</c> through the engine on a schema made of the feed's SDL, with the API's real services and
/// database, until the admin schema it belongs to exists.
/// </summary>
public sealed class EventFeedResolverTests
{
    private const string Query = """
        type Query {
          "The integrator event feed."
          events("Cursor to read after." after: String, "Page size." first: Int): OrderEventConnection
        }

        "An instant."
        scalar DateTime
        """;

    private static readonly GraphQLExecutor Executor =
        new(SchemaBuilder.FromSdl(Query + EventFeedResolvers.Sdl).AddScalar(DateTimeScalar.Create()).AddEventFeed().Build());

    [Fact]
    public async Task PagesThroughTheFeedWithCursorsAndRefusesAForeignCursor()
    {
        await using var api = new HeadlessApiFactory();
        var orderId = Guid.NewGuid();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            for (var position = 1; position <= 3; position++)
            {
                var payload = new IntegratorEventPayload(1, "order.created", IntegratorEventPayload.IdFor(Guid.NewGuid()), position, DateTimeOffset.UtcNow,
                    new IntegratorOrderData(orderId, $"HL-{position}", "PLACED", null, "EUR", 10m, 0m, 0m, 10m, null));
                db.FeedEntries.Add(new FeedEntry(position, Guid.NewGuid(), orderId, payload.Type, payload.OccurredAt, DateTimeOffset.UtcNow, payload.ToJson()));
            }

            await db.SaveChangesAsync();
        }

        var first = await RunAsync(api, "{ events(first: 2) { endCursor hasNextPage nodes { id type sequence orderNumber status orderId payload } } }");
        var page = first["data"]!["events"]!;
        Assert.True(page["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["1", "2"], page["nodes"]!.AsArray().Select(n => n!["sequence"]!.GetValue<string>()));
        Assert.Equal("HL-1", page["nodes"]![0]!["orderNumber"]!.GetValue<string>());
        Assert.StartsWith("evt_", page["nodes"]![0]!["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, JsonNode.Parse(page["nodes"]![0]!["payload"]!.GetValue<string>())!["version"]!.GetValue<int>());

        var cursor = page["endCursor"]!.GetValue<string>();
        var second = await RunAsync(api, $$"""{ events(after: "{{cursor}}", first: 2) { hasNextPage edges { cursor node { sequence } } } }""");
        var edges = second["data"]!["events"]!["edges"]!.AsArray();
        Assert.Equal("3", Assert.Single(edges)!["node"]!["sequence"]!.GetValue<string>());
        Assert.False(second["data"]!["events"]!["hasNextPage"]!.GetValue<bool>());

        var refused = await RunAsync(api, """{ events(after: "bm9wZQ") { hasNextPage } }""");
        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal(FeedCursorException.Code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("events", error["path"]![0]!.GetValue<string>());
        Assert.NotNull(error["locations"]);

        var tooMany = await RunAsync(api, "{ events(first: 1000) { hasNextPage } }");
        Assert.Equal("INVALID_SLICING_ARGUMENTS", tooMany["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static async Task<JsonNode> RunAsync(HeadlessApiFactory api, string query)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var result = await Executor.ExecuteAsync(new GraphQLRequest(query), scope.ServiceProvider);
        return JsonNode.Parse(ExecutionResultWriter.ToJson(result))!;
    }
}

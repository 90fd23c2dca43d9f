using System.Security.Claims;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Execution;

public sealed class SharedSubscriptionEventTests
{
    private const string Sdl = """
        type Query { x: Int }
        type Subscription { news(room: String!): News! }
        type News { id: Int! text(shout: Boolean = false): String! reader: String }
        """;

    private const string Document = "subscription($room: String!, $shout: Boolean) { news(room: $room) { id text(shout: $shout) reader } }";

    private sealed record SharedNews(int Id, string Room) : IShareableEvent
    {
        public object ShareKey => (Room, Id);
    }

    private sealed record OwnNews(int Id, string Room);

    private int _executions;
    private int _failuresLeft;

    private GraphQLExecutor Executor(bool shareable = true) => new(
        SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "x", _ => 0)
            .AddSubscription("Subscription", "news", context => Events((string)context.Arguments["room"]!, shareable))
            .AddResolver("News", "id", context => context.Source is SharedNews s ? s.Id : ((OwnNews)context.Source!).Id)
            .AddResolver("News", "text", context =>
            {
                Interlocked.Increment(ref _executions);
                if (Interlocked.Decrement(ref _failuresLeft) >= 0)
                {
                    throw new GraphQLException("Not now.", "BUSY");
                }

                return (bool?)context.Arguments["shout"] == true ? "HELLO" : "hello";
            })
            .AddResolver("News", "reader", context => context.User.Identity?.Name)
            .Build(),
        cache: new DocumentCache(capacity: 10));

    private static async IAsyncEnumerable<object?> Events(string room, bool shareable)
    {
        for (var id = 1; id <= 2; id++)
        {
            await Task.Yield();
            yield return shareable ? new SharedNews(id, room) : new OwnNews(id, room);
        }
    }

    private static async Task<List<ExecutionResult>> Collect(GraphQLExecutor executor, object variables, ClaimsPrincipal? user = null)
    {
        var values = System.Text.Json.JsonSerializer.SerializeToElement(variables);
        var request = new GraphQLRequest(Document) { Variables = ExternalValue.FromJsonObject(values) };
        var subscription = await executor.SubscribeAsync(request, user: user);
        Assert.Null(subscription.Error);
        var results = new List<ExecutionResult>();
        await foreach (var result in subscription.Stream!)
        {
            results.Add(result);
        }

        return results;
    }

    private static string Text(ExecutionResult result) => (string)((IReadOnlyDictionary<string, object?>)result.Data!["news"]!)["text"]!;

    [Fact]
    public async Task SubscribersOfOneEventShareOneExecutionAndOneResult()
    {
        var executor = Executor();

        var all = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Collect(executor, new { room = "a" })));

        Assert.Equal(2, _executions);
        Assert.All(all, results => Assert.Same(all[0][0], results[0]));
        Assert.All(all, results => Assert.Same(all[0][1], results[1]));
        Assert.Equal("hello", Text(all[0][0]));
    }

    [Fact]
    public async Task DifferentVariablesOrEventsAreNotShared()
    {
        var executor = Executor();

        var quiet = await Collect(executor, new { room = "a", shout = false });
        var loud = await Collect(executor, new { room = "a", shout = true });
        var other = await Collect(executor, new { room = "b", shout = false });

        Assert.Equal(["hello", "hello"], quiet.Select(Text));
        Assert.Equal(["HELLO", "HELLO"], loud.Select(Text));
        Assert.NotSame(quiet[0], other[0]);
        Assert.Equal(6, _executions);
    }

    [Fact]
    public async Task AuthenticatedCallersGetTheirOwnExecution()
    {
        var executor = Executor();
        ClaimsPrincipal User(string name) => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test"));

        var ann = await Collect(executor, new { room = "a" }, User("ann"));
        var bob = await Collect(executor, new { room = "a" }, User("bob"));

        Assert.Equal("ann", ((IReadOnlyDictionary<string, object?>)ann[0].Data!["news"]!)["reader"]);
        Assert.Equal("bob", ((IReadOnlyDictionary<string, object?>)bob[0].Data!["news"]!)["reader"]);
        Assert.Equal(4, _executions);
    }

    [Fact]
    public async Task EventsThatDoNotOptInAreExecutedForEachSubscriber()
    {
        var executor = Executor(shareable: false);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Collect(executor, new { room = "a" })));

        Assert.Equal(10, _executions);
    }

    [Fact]
    public async Task AResultWithErrorsIsNotShared()
    {
        var executor = Executor();
        _failuresLeft = 1;

        var first = await Collect(executor, new { room = "a" });
        var second = await Collect(executor, new { room = "a" });

        // The first event's shared execution failed: each subscriber ran its own, and both succeeded.
        Assert.All(first.Concat(second), result => Assert.Empty(result.Errors));
        Assert.Equal("hello", Text(second[0]));
        Assert.NotSame(first[0], second[0]);
        Assert.Same(first[1], second[1]);
    }
}

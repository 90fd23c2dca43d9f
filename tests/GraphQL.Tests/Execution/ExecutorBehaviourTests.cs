using System.Runtime.CompilerServices;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Execution;

public sealed class ExecutorBehaviourTests
{
    private const string Sdl = """
        type Query { fail: String safe: String invalid: String slowA: Int slowB: Int review(input: ReviewInput!): String wait: String }
        type Mutation { step(n: Int!): Int! }
        type Subscription { ticks(count: Int!): Int! }
        input ReviewInput { stars: Int! tags: [String!] kind: Kind = GOOD }
        enum Kind { GOOD BAD }
        """;

    private sealed record ReviewInput(int Stars, IReadOnlyList<string>? Tags, Kind? Kind);

    private enum Kind { Good, Bad }

    private static SchemaBuilder Builder(Action<SchemaBuilder>? configure = null)
    {
        var builder = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "fail", _ => throw new InvalidOperationException("connection string leaked"))
            .AddResolver("Query", "safe", _ => throw new GraphQLException("No product with that id.", "INVALID_ID"))
            .AddResolver("Query", "invalid", _ => "x")
            .AddResolver("Query", "slowA", ctx => MeetAsync(ctx, mine: 0, other: 1, value: 1))
            .AddResolver("Query", "slowB", ctx => MeetAsync(ctx, mine: 1, other: 0, value: 2))
            .AddResolver("Query", "review", (ReviewInput input) => $"{input.Stars}:{input.Kind}:{string.Join(',', input.Tags ?? [])}")
            .AddResolver("Query", "wait", async context => { await Task.Delay(Timeout.Infinite, context.CancellationToken); return "never"; })
            .AddResolver("Mutation", "step", context =>
            {
                var log = (List<int>)context.Items["log"]!;
                log.Add((int)context.Arguments["n"]!);
                return log.Count;
            })
            .AddSubscription("Subscription", "ticks", context => Ticks((int)context.Arguments["count"]!))
            .BindEnum<Kind>("Kind")
            .BindInput<ReviewInput>("ReviewInput");
        configure?.Invoke(builder);
        return builder;
    }

    private static async IAsyncEnumerable<int> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static Task<ExecutionResult> Run(string query, ExecutionOptions? options = null, IDictionary<string, object?>? items = null, CancellationToken cancellationToken = default) =>
        new GraphQLExecutor(Builder().Build(), options).ExecuteAsync(new GraphQLRequest(query), items: items, cancellationToken: cancellationToken).AsTask();

    [Fact]
    public async Task ResolverExceptionsReachTheClientAsUnexpectedErrorWithoutDetails()
    {
        var result = await Run("{ fail }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected error.", error.Message);
        Assert.Equal(ErrorCodes.InternalServerError, error.Code);
        Assert.Equal(["fail"], error.Path!);
        Assert.Equal(new ErrorLocation(1, 3), Assert.Single(error.Locations));
        Assert.Contains("\"fail\":null", ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task ExceptionDetailsAreShownOnlyWhenTheDevelopmentFlagIsOn()
    {
        var result = await Run("{ fail }", new ExecutionOptions { IncludeExceptionDetails = true });

        Assert.Equal("connection string leaked", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task GraphQLExceptionMessageAndCodeAreShownAsThrown()
    {
        var result = await Run("{ safe }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("No product with that id.", error.Message);
        Assert.Equal("INVALID_ID", error.Code);
    }

    [Fact]
    public async Task IndependentAsynchronousFieldsRunConcurrently()
    {
        // Each field waits until the other has started: run one after the other, the first never sees the second.
        var started = new[] { new TaskCompletionSource(), new TaskCompletionSource() };

        var result = await Run("{ slowA slowB }", items: new Dictionary<string, object?> { ["started"] = started });

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Data!["slowA"]);
        Assert.Equal(2, result.Data!["slowB"]);
    }

    private static async Task<object?> MeetAsync(IResolveFieldContext context, int mine, int other, int value)
    {
        var started = (TaskCompletionSource[])context.Items["started"]!;
        started[mine].TrySetResult();
        await started[other].Task.WaitAsync(TimeSpan.FromSeconds(10));
        return value;
    }

    [Fact]
    public async Task MutationRootFieldsRunInDocumentOrder()
    {
        var log = new List<int>();

        var result = await Run("mutation { c: step(n: 3) a: step(n: 1) b: step(n: 2) }", items: new Dictionary<string, object?> { ["log"] = log });

        Assert.Equal([3, 1, 2], log);
        Assert.Equal(["c", "a", "b"], result.Data!.Keys);
        Assert.Equal([1, 2, 3], result.Data!.Values);
    }

    [Fact]
    public async Task InputObjectsAreMaterializedAsTheBoundRecordWithDefaultsAndSingleValuesAsLists()
    {
        var result = await Run("{ review(input: { stars: 4, tags: \"solo\" }) }");

        Assert.Empty(result.Errors);
        Assert.Equal("4:Good:solo", result.Data!["review"]);
    }

    [Fact]
    public async Task CancellingTheRequestStopsExecution()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run("{ wait }", cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task MissingRequiredVariableIsReportedWithoutData()
    {
        var result = await Run("query ($n: Int!) { review(input: { stars: $n }) }");

        Assert.False(result.HasData);
        Assert.Equal("Variable \"$n\" of required type \"Int!\" was not provided.", Assert.Single(result.Errors).Message);
        Assert.StartsWith("{\"errors\":", ExecutionResultWriter.ToJson(result));
        Assert.DoesNotContain("\"data\"", ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task SyntaxErrorsComeBackFromTheParseStageWithTheirLocation()
    {
        var result = await Run("{ safe ");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(new ErrorLocation(1, 8), Assert.Single(error.Locations));
    }

    [Fact]
    public async Task RepeatedQueriesAreServedFromTheDocumentCache()
    {
        var cache = new DocumentCache(capacity: 2);
        var executor = new GraphQLExecutor(Builder().Build(), cache: cache);

        await executor.ExecuteAsync(new GraphQLRequest("{ invalid }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ invalid }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ a: invalid }"));
        await executor.ExecuteAsync(new GraphQLRequest("{ b: invalid }"));

        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet(DocumentCache.KeyOf("{ invalid }"), out _));
        Assert.True(cache.TryGet(DocumentCache.KeyOf("{ b: invalid }"), out _));
    }

    [Fact]
    public async Task SubscriptionsExecuteTheSelectionForEverySourceEvent()
    {
        var executor = new GraphQLExecutor(Builder().Build());

        var subscription = await executor.SubscribeAsync(new GraphQLRequest("subscription { ticks(count: 3) }"));

        Assert.Null(subscription.Error);
        var values = new List<object?>();
        await foreach (var result in subscription.Stream!)
        {
            values.Add(result.Data!["ticks"]);
        }

        Assert.Equal([1, 2, 3], values);
    }

    [Fact]
    public async Task IntrospectionMetaFieldsAreAnswered()
    {
        var result = await Run("{ __schema { queryType { name } } __type(name: \"Kind\") { enumValues { name } } }");

        Assert.Empty(result.Errors);
        Assert.Contains("\"queryType\":{\"name\":\"Query\"}", ExecutionResultWriter.ToJson(result));
        Assert.Contains("{\"name\":\"BAD\"}", ExecutionResultWriter.ToJson(result));
    }
}

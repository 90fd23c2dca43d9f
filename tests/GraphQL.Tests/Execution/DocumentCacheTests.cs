using Headless.GraphQL.Errors;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Transport;
using Headless.GraphQL.Transport.Pipeline;
using Headless.GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Tests.Execution;

/// <summary>One parse → validate path with one cache, used by the facade and by the transport's pipeline.</summary>
public sealed class DocumentCacheTests
{
    private const string Sdl = """
        enum Color { RED GREEN }
        input Filter { color: Color name: String }
        type Query { paint(color: Color!): String find(filter: Filter): String }
        """;

    private static Schema BuildSchema() =>
        SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "paint", context => context.Arguments["color"]?.ToString())
            .AddResolver("Query", "find", _ => "found")
            .Build();

    private static RequestContext Caller() =>
        new() { HttpContext = new DefaultHttpContext(), Transport = TransportKind.Http, Items = new Dictionary<string, object?>() };

    [Fact]
    public void ARepeatedTextIsParsedAndValidatedOnceWithItsErrorsKept()
    {
        var cache = new DocumentCache(capacity: 10);
        var executor = new GraphQLExecutor(BuildSchema(), cache: cache);

        var first = executor.PrepareDocument("{ pant(color: RED) }");
        var second = executor.PrepareDocument("{ pant(color: RED) }");

        Assert.Same(first, second);
        Assert.False(first.IsValid);
        Assert.Equal("Cannot query field \"pant\" on type \"Query\". Did you mean \"paint\"?", Assert.Single(first.Errors).Message);
        Assert.True(cache.TryGet(DocumentCache.KeyOf("{ pant(color: RED) }"), out var cached));
        Assert.Same(first, cached);
    }

    [Fact]
    public void HiddenSuggestionsAreCachedApartFromShownOnes()
    {
        var cache = new DocumentCache(capacity: 10);
        var executor = new GraphQLExecutor(BuildSchema(), cache: cache);

        var shown = executor.PrepareDocument("{ pant(color: RED) }");
        var hidden = executor.PrepareDocument("{ pant(color: RED) }", hideSuggestions: true);

        Assert.Equal(2, cache.Count);
        Assert.Equal("Cannot query field \"pant\" on type \"Query\".", Assert.Single(hidden.Errors).Message);
        Assert.NotEqual(Assert.Single(shown.Errors).Message, Assert.Single(hidden.Errors).Message);
        Assert.True(cache.TryGet(DocumentCache.KeyOf("{ pant(color: RED) }", hideSuggestions: true), out var cached));
        Assert.Same(hidden, cached);
    }

    [Fact]
    public void SyntaxErrorsAreReportedButNotCached()
    {
        var cache = new DocumentCache(capacity: 10);
        var executor = new GraphQLExecutor(BuildSchema(), cache: cache);

        var prepared = executor.PrepareDocument("{ paint(");

        Assert.Null(prepared.Document);
        Assert.Equal(ErrorCodes.SyntaxError, Assert.Single(prepared.Errors).Code);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task TheTransportPreparesThroughTheSameCachedPath()
    {
        var pipeline = new OperationPipeline(BuildSchema(), new GraphQLTransportOptions());
        var request = new OperationRequest { Query = "{ paint(color: GREEN) }" };

        var first = await pipeline.PrepareAsync(request, Caller(), CancellationToken.None);
        var second = await pipeline.PrepareAsync(request, Caller(), CancellationToken.None);

        Assert.False(first.IsRefused);
        Assert.Same(first.Document, second.Document);
        var result = await pipeline.ExecuteAsync(second, request, Caller(), CancellationToken.None);
        Assert.Equal("GREEN", result.Data!["paint"]);
    }

    [Theory]
    [InlineData("query ($c: Color!) { paint(color: $c) }", "{\"c\":\"REDD\"}", " Did you mean the enum value \"RED\"?")]
    [InlineData("query ($f: Filter) { find(filter: $f) }", "{\"f\":{\"nane\":\"x\"}}", " Did you mean \"name\"?")]
    public async Task HiddenSuggestionsAlsoLeaveVariableErrorsWithoutHints(string query, string variables, string hint)
    {
        var request = new GraphQLRequest(query).WithVariables(System.Text.Json.JsonDocument.Parse(variables).RootElement);

        var shown = await new GraphQLExecutor(BuildSchema()).ExecuteAsync(request);
        var hidden = await new GraphQLExecutor(BuildSchema(), new ExecutionOptions { HideSuggestions = true }).ExecuteAsync(request);

        var shownMessage = Assert.Single(shown.Errors).Message;
        var hiddenMessage = Assert.Single(hidden.Errors).Message;
        Assert.EndsWith(hint, shownMessage, StringComparison.Ordinal);
        Assert.Equal(shownMessage[..^hint.Length], hiddenMessage);
    }

    [Fact]
    public async Task TheTransportHidesVariableSuggestionsFromCallersItHidesTheSchemaFrom()
    {
        var options = new GraphQLTransportOptions { HideSuggestions = context => !context.Items.ContainsKey("staff") };
        var pipeline = new OperationPipeline(BuildSchema(), options);
        var request = new OperationRequest
        {
            Query = "query ($c: Color!) { paint(color: $c) }",
            Variables = new Dictionary<string, object?> { ["c"] = "GREN" },
        };
        var stranger = Caller();
        var staff = Caller() with { Items = new Dictionary<string, object?> { ["staff"] = true } };

        var hidden = await pipeline.ExecuteAsync(await pipeline.PrepareAsync(request, stranger, CancellationToken.None), request, stranger, CancellationToken.None);
        var shown = await pipeline.ExecuteAsync(await pipeline.PrepareAsync(request, staff, CancellationToken.None), request, staff, CancellationToken.None);

        Assert.Equal(
            "Variable \"$c\" got invalid value \"GREN\"; Value \"GREN\" does not exist in \"Color\" enum.",
            Assert.Single(hidden.Errors).Message);
        Assert.Equal(
            "Variable \"$c\" got invalid value \"GREN\"; Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?",
            Assert.Single(shown.Errors).Message);
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Execution;

/// <summary>The response JSON (spec §7): entry order, absent entries, error fields and how leaf values are written.</summary>
public sealed class ExecutionResultWriterTests
{
    /// <summary>Written with a relaxed encoder so that expectations read as plain JSON.</summary>
    private static string Json(ExecutionResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ExecutionResultWriter.Write(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static ResultMap Map(params (string Key, object? Value)[] entries) =>
        new(entries.Select(e => e.Key).ToArray(), entries.Select(e => e.Value).ToArray());

    [Fact]
    public void ErrorsComeFirstThenDataThenExtensions()
    {
        var result = new ExecutionResult
        {
            Extensions = new Dictionary<string, object?> { ["cost"] = 3 },
            Data = Map(("hero", Map(("name", "R2-D2"))), ("count", null)),
            HasData = true,
            Errors = [new GraphQLError("boom", "INTERNAL") { Locations = [new ErrorLocation(1, 9)], Path = ["count"] }],
        };

        Assert.Equal(
            """{"errors":[{"message":"boom","locations":[{"line":1,"column":9}],"path":["count"],"extensions":{"code":"INTERNAL"}}],"data":{"hero":{"name":"R2-D2"},"count":null},"extensions":{"cost":3}}""",
            Json(result));
    }

    [Fact]
    public void RequestErrorsHaveNoDataEntry()
    {
        var result = ExecutionResult.FromError(new GraphQLError("Syntax Error: Expected Name, found <EOF>.", "GRAPHQL_PARSE_FAILED") { Locations = [new ErrorLocation(1, 2)] });

        Assert.Equal(
            """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":2}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""",
            Json(result));
    }

    [Fact]
    public void DataNulledByANonNullRootErrorIsWrittenAsNull()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Errors = [new GraphQLError("Cannot return null for non-nullable field Query.me.", "INTERNAL") { Path = ["me"] }],
        };

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.me.","path":["me"],"extensions":{"code":"INTERNAL"}}],"data":null}""",
            Json(result));
    }

    [Fact]
    public void ASuccessfulResultHasOnlyData() =>
        Assert.Equal(
            """{"data":{"ok":true}}""",
            Json(new ExecutionResult { Data = Map(("ok", true)), HasData = true, Extensions = new Dictionary<string, object?>() }));

    [Fact]
    public void PathsWriteListIndicesAsNumbersAndKeysAsStrings()
    {
        var error = new GraphQLError("x", "C") { Path = ["heroes", 1, "friends", 0, "name"] };

        Assert.Equal(
            """{"errors":[{"message":"x","path":["heroes",1,"friends",0,"name"],"extensions":{"code":"C"}}]}""",
            Json(ExecutionResult.FromError(error)));
    }

    [Fact]
    public async Task AFailingListItemIsLocatedByItsIndexInTheWrittenPath()
    {
        var schema = SchemaBuilder.FromSdl("type Query { items: [Item] } type Item { id: Int! label: String }")
            .AddResolver("Query", "items", _ => new[] { 1, 2, 3 })
            .AddResolver("Item", "id", context => context.Source)
            .AddResolver("Item", "label", context => (int)context.Source! == 2 ? throw new InvalidOperationException("no label") : $"item {context.Source}")
            .Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest("{ items { id label } }"));

        Assert.Equal(
            """{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":14}],"path":["items",1,"label"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"items":[{"id":1,"label":"item 1"},{"id":2,"label":null},{"id":3,"label":"item 3"}]}}""",
            Json(result));
    }

    [Fact]
    public void ErrorExtensionsBesideTheCodeAreWrittenInOrder()
    {
        var error = new GraphQLError("slow down", "RATE_LIMITED").WithExtension("retryAfter", 30).WithExtension("scope", new Dictionary<string, object?> { ["ip"] = "10.0.0.1" });

        Assert.Equal(
            """{"errors":[{"message":"slow down","extensions":{"code":"RATE_LIMITED","retryAfter":30,"scope":{"ip":"10.0.0.1"}}}]}""",
            Json(ExecutionResult.FromError(error)));
    }

    [Fact]
    public void LeafValuesAreWrittenAsCustomScalarsWouldSerializeThem()
    {
        var data = Map(
            ("int", 7),
            ("long", 9007199254740993L),
            ("double", 1.5),
            ("tenth", 0.1),
            ("whole", 3.0),
            ("huge", 1e21),
            ("money", 12.50m),
            ("float", 0.25f),
            ("byte", (byte)255),
            ("utc", new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)),
            ("offset", new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))),
            ("id", new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")),
            ("flags", new[] { true, false }),
            ("sparse", new List<object?> { 1, null, 3 }),
            ("empty", Array.Empty<object>()),
            ("nested", new Dictionary<string, object?> { ["a"] = null, ["b"] = "c" }));

        Assert.Equal(
            """{"data":{"int":7,"long":9007199254740993,"double":1.5,"tenth":0.1,"whole":3,"huge":1E+21,"money":12.50,"float":0.25,"byte":255,"utc":"2024-01-02T03:04:05Z","offset":"2024-01-02T03:04:05+02:00","id":"0f8fad5b-d9cb-469f-a165-70867728950e","flags":[true,false],"sparse":[1,null,3],"empty":[],"nested":{"a":null,"b":"c"}}}""",
            Json(new ExecutionResult { Data = data, HasData = true }));
    }

    [Fact]
    public void ToJsonEscapesTextSoThatItReadsBackUnchanged()
    {
        const string message = "Say \"hi\" to naïve <b>users</b>\nand\ttabs \\ 😀";
        var json = ExecutionResultWriter.ToJson(new ExecutionResult { Data = Map(("text", message)), HasData = true, Errors = [new GraphQLError(message, "C")] });

        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(message, parsed.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(message, parsed.RootElement.GetProperty("data").GetProperty("text").GetString());
        Assert.DoesNotContain('\n', json);
    }
}

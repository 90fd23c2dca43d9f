using System.Text.Json;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.GraphQL.Types.Scalars;

namespace Headless.GraphQL.Tests.Types;

public sealed class InputBindingTests
{
    private const string Sdl = """
        type Query {
          order(input: OrderInput!): String
          lookup(by: LookupBy!): String
          page(first: Int = 10, after: String, tags: [String!]): String
          raw(input: OrderInput): String
        }
        input OrderInput {
          cartId: ID!
          payment: PaymentInput!
          lines: [LineInput!]!
          note: String
          placedAt: DateTime
          priority: Priority = NORMAL
        }
        input PaymentInput { method: String! token: String! }
        input LineInput { sku: String! quantity: Int! = 1 }
        input LookupBy @oneOf { id: ID sku: String }
        enum Priority { NORMAL RUSH_DELIVERY }
        scalar DateTime
        """;

    private const string OrderLiteral =
        """{ order(input: { cartId: 7, payment: { method: "card", token: "t" }, lines: { sku: "A" }, placedAt: "2026-01-02T03:04:05Z", priority: RUSH_DELIVERY }) }""";

    private sealed record OrderInput(string CartId, PaymentInput Payment, IReadOnlyList<LineInput> Lines, string? Note, DateTimeOffset? PlacedAt, Priority? Priority);

    private sealed record PaymentInput(string Method, string Token);

    private sealed record LineInput(string Sku, int Quantity);

    private sealed record LookupBy(string? Id, string? Sku);

    private enum Priority { Normal, RushDelivery }

    private static SchemaBuilder Builder(string sdl = Sdl) => SchemaBuilder.FromSdl(sdl)
        .AddScalar(DateTimeScalar.Create())
        .BindInput<OrderInput>("OrderInput")
        .AddResolver("Query", "order", (OrderInput input) =>
            $"{input.CartId}|{input.Payment.Method}|{string.Join(",", input.Lines.Select(l => $"{l.Sku}x{l.Quantity}"))}|{input.Note ?? "-"}|{input.PlacedAt:O}|{input.Priority}")
        .AddResolver("Query", "lookup", (LookupBy by) => by.Id is not null ? "id " + by.Id : "sku " + by.Sku)
        .AddResolver("Query", "page", (int? first, string? after, string[]? tags, CancellationToken cancellationToken) =>
            $"{first}|{after ?? "-"}|{(tags is null ? "-" : string.Join(",", tags))}|{cancellationToken.IsCancellationRequested}")
        .AddResolver("Query", "raw", context =>
            context.Arguments["input"] is IReadOnlyDictionary<string, object?> map ? string.Join(",", map.Keys) : "not a dictionary");

    private static async Task<ExecutionResult> RunAsync(string query, string? variables = null)
    {
        var request = new GraphQLRequest(query);
        if (variables is not null)
        {
            using var json = JsonDocument.Parse(variables);
            request = request.WithVariables(json.RootElement.Clone());
        }

        return await new GraphQLExecutor(Builder().Build()).ExecuteAsync(request);
    }

    [Fact]
    public async Task ALiteralInputObjectReachesTheResolverAsItsRecordWithNestedRecordsListsEnumsScalarsAndDefaults()
    {
        var result = await RunAsync(OrderLiteral);

        Assert.Empty(result.Errors);
        Assert.Equal("7|card|Ax1|-|2026-01-02T03:04:05.0000000+00:00|RushDelivery", result.Data!["order"]);
    }

    [Fact]
    public async Task VariablesBindToTheSameRecordAsLiterals()
    {
        var result = await RunAsync(
            "query ($input: OrderInput!) { order(input: $input) }",
            """{ "input": { "cartId": "c1", "payment": { "method": "card", "token": "t" }, "lines": [{ "sku": "A", "quantity": 2 }, { "sku": "B" }], "note": "gift" } }""");

        Assert.Empty(result.Errors);
        Assert.Equal("c1|card|Ax2,Bx1|gift||Normal", result.Data!["order"]);
    }

    [Fact]
    public async Task ScalarParametersGetArgumentsByNameWithDefaultsAndAbsentOnesAsNull()
    {
        var result = await RunAsync("""{ a: page(tags: "x") b: page(first: null, after: "c", tags: ["x", "y"]) }""");

        Assert.Empty(result.Errors);
        Assert.Equal("10|-|x|False", result.Data!["a"]);
        Assert.Equal("|c|x,y|False", result.Data!["b"]);
    }

    [Fact]
    public async Task AOneOfInputBindsToARecordWithExactlyOneMemberSet()
    {
        var result = await RunAsync("""{ a: lookup(by: { sku: "S-1" }) b: lookup(by: { id: 4 }) }""");

        Assert.Empty(result.Errors);
        Assert.Equal("sku S-1", result.Data!["a"]);
        Assert.Equal("id 4", result.Data!["b"]);
    }

    [Fact]
    public async Task TheArgumentDictionaryStillHoldsPlainCoercedValuesForResolversThatWantThem()
    {
        var result = await RunAsync("""{ raw(input: { cartId: 1, payment: { method: "m", token: "t" }, lines: [] }) }""");

        Assert.Empty(result.Errors);
        Assert.Equal("cartId,payment,lines,priority", result.Data!["raw"]);
    }

    [Fact]
    public void RenamingAnSdlInputFieldStopsTheBuildNamingTheSdlFieldAndTheCSharpMember()
    {
        var renamed = Builder(Sdl.Replace("cartId: ID!", "cartToken: ID!", StringComparison.Ordinal));

        var error = Assert.Throws<SchemaBuildException>(() => renamed.Build());

        var record = typeof(OrderInput).FullName!.Replace('+', '.');
        Assert.Contains($"Input field \"OrderInput.cartToken\" has no C# member in {record}: add CartToken.", error.Errors);
        Assert.Contains($"C# member {record}.CartId (string) has no input field \"OrderInput.cartId\" to bind to: rename it or add the input field to the SDL.", error.Errors);
        Assert.Equal(2, error.Errors.Count);
    }

    [Fact]
    public void EveryMismatchOfTypeNullabilityListEnumScalarAndArgumentNameIsListedAtOnce()
    {
        var builder = SchemaBuilder.FromSdl(Sdl)
            .AddScalar(DateTimeScalar.Create())
            .BindInput<WrongOrder>("OrderInput")
            .AddResolver("Query", "order", (string input) => input)
            .AddResolver("Query", "lookup", (LookupBy by) => by.Sku)
            .AddResolver("Query", "page", (int first, string? cursor) => $"{first}{cursor}")
            .AddResolver("Query", "raw", (IReadOnlyDictionary<string, object?>? input) => input?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var error = Assert.Throws<SchemaBuildException>(() => builder.Build());

        var wrong = typeof(WrongOrder).FullName!.Replace('+', '.');
        var line = typeof(WrongLine).FullName!.Replace('+', '.');
        var urgency = typeof(Urgency).FullName!.Replace('+', '.');
        Assert.Equal(
            [
                $"Input field \"OrderInput.cartId\" is \"ID\", but C# {wrong}.CartId is int (\"ID\" binds to string).",
                $"Input field \"OrderInput.payment\" is \"PaymentInput\", but C# {wrong}.Payment is string.",
                $"Input field \"OrderInput.lines\" (its items) is non-null (\"LineInput!\"), but C# {wrong}.Lines (its items) is nullable ({line}?): make it non-nullable.",
                $"Input field \"LineInput.quantity\" is \"Int\", but C# {line}.Quantity is long (\"Int\" binds to int).",
                $"Input field \"LineInput.sku\" has no C# member in {line}: add Sku.",
                $"Input field \"OrderInput.note\" is nullable (\"String\"), but C# {wrong}.Note is not (string): make it nullable.",
                $"Input field \"OrderInput.placedAt\" is \"DateTime\", but C# {wrong}.PlacedAt is System.DateTime (\"DateTime\" binds to System.DateTimeOffset).",
                $"Enum value \"Priority.RUSH_DELIVERY\" has no member in C# enum {urgency} (used by {wrong}.Priority).",
                $"C# member {wrong}.Extra (string?) has no input field \"OrderInput.extra\" to bind to: rename it or add the input field to the SDL.",
                "Argument \"Query.order(input:)\" is \"OrderInput\", but C# parameter \"input\" of the resolver of \"Query.order\" is string.",
                "Argument \"Query.page(first:)\" is nullable (\"Int\"), but C# parameter \"first\" of the resolver of \"Query.page\" is not (int): make it nullable.",
                "The resolver of \"Query.page\" has parameter \"cursor\" (string), but the field has no argument \"cursor\": rename the parameter or add the argument to the SDL.",
            ],
            error.Errors);
    }

    [Fact]
    public async Task ArgumentOfTReadsABoundRecordAndRefusesARecordThatWasNotBound()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .AddScalar(DateTimeScalar.Create())
            .BindInput<OrderInput>("OrderInput")
            .AddResolver("Query", "order", context => context.Argument<OrderInput>("input").Payment.Token)
            .AddResolver("Query", "lookup", context => context.Argument<LookupBy>("by").Sku)
            .AddResolver("Query", "page", context => context.Argument<int?>("first"))
            .AddResolver("Query", "raw", context => context.Argument<IReadOnlyDictionary<string, object?>?>("input")?.Count)
            .Build();
        var executor = new GraphQLExecutor(schema, new ExecutionOptions { IncludeExceptionDetails = true });

        var result = await executor.ExecuteAsync(new GraphQLRequest(
            """{ order(input: { cartId: 1, payment: { method: "m", token: "tok" }, lines: [] }) lookup(by: { sku: "s" }) page raw }"""));

        Assert.Equal("tok", result.Data!["order"]);
        Assert.Equal("10", result.Data!["page"]);
        Assert.Null(result.Data!["raw"]);
        var refused = Assert.Single(result.Errors);
        Assert.Equal(["lookup"], refused.Path!);
        Assert.Equal(
            $"Argument<{typeof(LookupBy).FullName!.Replace('+', '.')}>(\"by\") of \"Query.lookup(by:)\": bind {typeof(LookupBy).FullName!.Replace('+', '.')} to \"LookupBy\" with BindInput, so that it is checked when the schema is built.",
            refused.Message);
    }

    [Fact]
    public void SchemaDefaultsAndOperationDefaultsAreTheSameCoercedValue()
    {
        var schema = Builder().Build();
        var line = (InputObjectType)schema.GetType("LineInput")!;
        var page = schema.QueryType!.Fields["page"].GetArgument("first")!;

        Assert.Equal(1, line.Fields["quantity"].DefaultValue);
        Assert.Equal(1, InputCoercion.DefaultValue(line.Fields["quantity"]));
        Assert.Equal(10, InputCoercion.DefaultValue(page));
    }

    private sealed record WrongOrder(int CartId, string Payment, IReadOnlyList<WrongLine?> Lines, string Note, DateTime? PlacedAt, Urgency? Priority)
    {
        public string? Extra { get; init; }
    }

    private sealed record WrongLine(long Quantity);

    private enum Urgency { Normal }
}

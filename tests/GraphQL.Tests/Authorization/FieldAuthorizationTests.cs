using System.Security.Claims;
using System.Text.Json.Nodes;
using Headless.GraphQL.Authorization;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Authorization;

/// <summary>
/// <c>@authenticated</c>, <c>@requires</c> and <c>@allowAnonymous</c>: the executor refuses a field before its
/// resolver runs, with <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c>, and the field is null as for any field error.
/// </summary>
public sealed class FieldAuthorizationTests
{
    private const string PermissionClaim = "test:permission";

    private const string Sdl = AuthorizationDirectives.Sdl + """

        type Query {
          public: String @allowAnonymous
          unmarked: String
          me: String @authenticated
          orders: [Order!] @requires(permission: "orders:read")
          refund: String @requires(permission: "orders:read") @requires(permission: "orders:write")
          account: Account @authenticated
          report: Report
        }

        type Order {
          number: String!
          "Needs more than the list that holds it."
          margin: Int @requires(permission: "finance:read")
        }

        type Account {
          name: String
          secret: Secret!
        }

        type Secret @requires(permission: "secrets:read") {
          value: String
          hint: String
        }

        type Report {
          total: Int! @requires(permission: "reports:read")
        }

        type Subscription {
          orderEvents: String @requires(permission: "orders:read")
        }
        """;

    private readonly List<string> _resolved = [];

    [Fact]
    public async Task AnAnonymousCallerGetsUnauthenticatedWithPathAndLocationsAndNoResolverRuns()
    {
        var result = await ExecuteAsync("{ public\n  me }", user: null);

        Assert.Equal("""{"public":"public","me":null}""", result["data"]!.ToJsonString());
        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("UNAUTHENTICATED", (string?)error["extensions"]!["code"]);
        Assert.Equal("""["me"]""", error["path"]!.ToJsonString());
        Assert.Equal("""[{"line":2,"column":3}]""", error["locations"]!.ToJsonString());
        Assert.Equal(["Query.public"], _resolved);
    }

    [Fact]
    public async Task ASignedInCallerWithoutThePermissionGetsForbiddenNamingIt()
    {
        var result = await ExecuteAsync("{ me orders { number } }", Caller());

        Assert.Equal("""{"me":"me","orders":null}""", result["data"]!.ToJsonString());
        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("FORBIDDEN", (string?)error["extensions"]!["code"]);
        Assert.Equal("Field \"Query.orders\" requires the permission \"orders:read\".", (string?)error["message"]);
        Assert.DoesNotContain("Query.orders", _resolved);
    }

    [Fact]
    public async Task AnAnonymousCallerOfAPermissionFieldIsUnauthenticatedNotForbidden()
    {
        var result = await ExecuteAsync("{ orders { number } }", user: null);

        Assert.Equal("UNAUTHENTICATED", (string?)result["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task TheHeldPermissionLetsTheFieldResolveAndNestedRulesStillApply()
    {
        var result = await ExecuteAsync("{ orders { number margin } }", Caller("orders:read"));

        Assert.Equal("""{"orders":[{"number":"1001","margin":null}]}""", result["data"]!.ToJsonString());
        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("FORBIDDEN", (string?)error["extensions"]!["code"]);
        Assert.Equal("""["orders",0,"margin"]""", error["path"]!.ToJsonString());
        Assert.DoesNotContain("Order.margin", _resolved);
    }

    [Fact]
    public async Task RepeatedRequiresNeedsEveryPermission()
    {
        var partly = await ExecuteAsync("{ refund }", Caller("orders:read"));
        var fully = await ExecuteAsync("{ refund }", Caller("orders:read", "orders:write"));

        Assert.Equal("Field \"Query.refund\" requires the permission \"orders:write\".", (string?)partly["errors"]![0]!["message"]);
        Assert.Equal("""{"refund":"refund"}""", fully["data"]!.ToJsonString());
    }

    [Fact]
    public async Task ARuleOnAnObjectTypeIsInheritedByEachOfItsFields()
    {
        var refused = await ExecuteAsync("{ account { name secret { value } } }", Caller());
        var allowed = await ExecuteAsync("{ account { name secret { value hint } } }", Caller("secrets:read"));

        Assert.Equal("""{"account":{"name":"name","secret":{"value":null}}}""", refused["data"]!.ToJsonString());
        Assert.Equal("""["account","secret","value"]""", refused["errors"]![0]!["path"]!.ToJsonString());
        Assert.Equal("""{"account":{"name":"name","secret":{"value":"value","hint":"hint"}}}""", allowed["data"]!.ToJsonString());
    }

    [Fact]
    public async Task ARefusedNonNullFieldNullsItsParentAsAnyFieldErrorWould()
    {
        var result = await ExecuteAsync("{ public report { total } }", Caller());

        Assert.Equal("""{"public":"public","report":null}""", result["data"]!.ToJsonString());
        Assert.Equal("""["report","total"]""", result["errors"]![0]!["path"]!.ToJsonString());
    }

    [Fact]
    public async Task OnlyTheConfiguredClaimTypeGrantsPermissions()
    {
        var otherClaim = new ClaimsPrincipal(new ClaimsIdentity([new Claim("permission", "orders:read")], "test"));

        var result = await ExecuteAsync("{ orders { number } }", otherClaim);

        Assert.Equal("FORBIDDEN", (string?)result["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task AnIdentityThatIsNotAuthenticatedCountsAsAnonymousEvenWithPermissionClaims()
    {
        var unauthenticated = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PermissionClaim, "orders:read")]));

        var result = await ExecuteAsync("{ orders { number } }", unauthenticated);

        Assert.Equal("UNAUTHENTICATED", (string?)result["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task ARefusedSubscriptionCreatesNoStream()
    {
        var executor = new GraphQLExecutor(BuildSchema(), new ExecutionOptions { PermissionClaimType = PermissionClaim });

        var refused = await executor.SubscribeAsync(new GraphQLRequest("subscription { orderEvents }"), user: Caller());
        var allowed = await executor.SubscribeAsync(new GraphQLRequest("subscription { orderEvents }"), user: Caller("orders:read"));

        Assert.Null(refused.Stream);
        Assert.Equal("FORBIDDEN", refused.Error!.Errors[0].Code);
        Assert.Equal(["orderEvents"], refused.Error.Errors[0].Path!);
        Assert.NotNull(allowed.Stream);
        Assert.Equal(["Subscription.orderEvents"], _resolved);
    }

    [Fact]
    public void TheRulesAreComputedWhenTheSchemaIsBuiltFromFieldAndType()
    {
        var schema = BuildSchema();
        var query = schema.QueryType!;
        var secret = (ObjectType)schema.GetType("Secret")!;

        Assert.Null(query.Fields["unmarked"].Access);
        Assert.True(query.Fields["public"].Access!.DeclaredPublic);
        Assert.True(query.Fields["public"].Access!.IsOpen);
        Assert.Equal(["orders:read", "orders:write"], query.Fields["refund"].Access!.Permissions);
        Assert.Equal(["secrets:read"], secret.Fields["hint"].Access!.Permissions);
    }

    [Fact]
    public void ThePrintedSchemaShowsTheAppliedRules()
    {
        var printed = SchemaPrinter.PrintWithAppliedDirectives(BuildSchema());

        Assert.Contains("refund: String @requires(permission: \"orders:read\") @requires(permission: \"orders:write\")", printed);
        Assert.Contains("type Secret @requires(permission: \"secrets:read\")", printed);
        Assert.Contains("me: String @authenticated", printed);
        Assert.Contains("directive @requires(", printed);
    }

    private static ClaimsPrincipal Caller(params string[] permissions) =>
        new(new ClaimsIdentity(permissions.Select(p => new Claim(PermissionClaim, p)).Prepend(new Claim("sub", "caller-1")), "test"));

    private async Task<JsonNode> ExecuteAsync(string query, ClaimsPrincipal? user)
    {
        var executor = new GraphQLExecutor(BuildSchema(), new ExecutionOptions { PermissionClaimType = PermissionClaim });
        var result = await executor.ExecuteAsync(new GraphQLRequest(query), user: user);
        return JsonNode.Parse(ExecutionResultWriter.ToJson(result))!;
    }

    private Schema BuildSchema()
    {
        var builder = SchemaBuilder.FromSdl(Sdl);
        foreach (var field in new[] { "public", "unmarked", "me", "refund" })
        {
            builder.AddResolver("Query", field, Record("Query." + field, field));
        }

        return builder
            .AddResolver("Query", "orders", Record("Query.orders", new[] { new { number = "1001", margin = 7 } }))
            .AddResolver("Query", "account", Record("Query.account", new { name = "name", secret = new { value = "value", hint = "hint" } }))
            .AddResolver("Query", "report", Record("Query.report", new { total = 3 }))
            .AddResolver("Order", "margin", Record("Order.margin", 7))
            .AddResolver("Order", "number", Record("Order.number", "1001"))
            .AddSubscription("Subscription", "orderEvents", _ =>
            {
                lock (_resolved)
                {
                    _resolved.Add("Subscription.orderEvents");
                }

                return Events();
            })
            .Build(requireResolvers: false);
    }

    private Func<IResolveFieldContext, object?> Record(string coordinate, object? value) => _ =>
    {
        lock (_resolved)
        {
            _resolved.Add(coordinate);
        }

        return value;
    };

    private static async IAsyncEnumerable<string> Events()
    {
        await Task.Yield();
        yield return "placed";
    }
}

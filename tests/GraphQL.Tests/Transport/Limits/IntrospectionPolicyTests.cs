using Headless.GraphQL.Transport.Limits;

namespace Headless.GraphQL.Tests.Transport.Limits;

public sealed class IntrospectionPolicyTests
{
    private const string SchemaQuery = "{ __schema { queryType { name } } }";

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    public async Task IntrospectionIsOnInDevelopmentAndOffElsewhereByDefault(string environment, bool allowed)
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddIntrospectionPolicy(), environment);

        var response = await server.PostAsync(SchemaQuery);

        AssertIntrospection(response, allowed);
    }

    [Theory]
    [InlineData("{ __type(name: \"Product\") { name } }")]
    [InlineData("{ shop { name } ...Meta } fragment Meta on Query { __schema { types { name } } }")]
    [InlineData("{ ... on Query { __type(name: \"Shop\") { fields { name } } } }")]
    public async Task EveryWayOfAskingForTheSchemaIsRefusedWhenOff(string query)
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddIntrospectionPolicy());

        var response = await server.PostAsync(query);

        AssertIntrospection(response, allowed: false);
        Assert.Equal(0, server.ResolverCalls);
    }

    [Fact]
    public async Task TypenameStaysAvailableWhenIntrospectionIsOff()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddIntrospectionPolicy());

        var response = await server.PostAsync("{ __typename shop { __typename name } }");

        Assert.Null(response["errors"]);
        Assert.Equal("Query", (string?)response["data"]!["__typename"]);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("alice", null, false)]
    [InlineData("alice", "support", false)]
    [InlineData("bob", "support,admin", true)]
    public async Task ProductionCanAllowIntrospectionToUsersInARole(string? user, string? roles, bool allowed)
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddIntrospectionPolicy(p =>
        {
            p.Production = IntrospectionAccess.Authenticated;
            p.Roles = ["admin"];
        }));

        var response = await server.PostAsync(SchemaQuery, user: user, roles: roles);

        AssertIntrospection(response, allowed);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("alice", true)]
    public async Task ProductionCanAllowIntrospectionToAnySignedInUser(string? user, bool allowed)
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddIntrospectionPolicy(p => p.Production = IntrospectionAccess.Authenticated));

        var response = await server.PostAsync(SchemaQuery, user: user);

        AssertIntrospection(response, allowed);
    }

    [Fact]
    public async Task DevelopmentCanBeTurnedOffToo()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddIntrospectionPolicy(p => p.AllowInDevelopment = false), "Development");

        AssertIntrospection(await server.PostAsync(SchemaQuery), allowed: false);
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public async Task FieldSuggestionsAreHiddenExactlyWhenIntrospectionIsOff(string environment, bool suggested)
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddIntrospectionPolicy(), environment);

        var response = await server.PostAsync("{ prodcts { totalCount } product(id: 1) { nme } }");

        var messages = response["errors"]!.AsArray().Select(e => (string)e!["message"]!).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains("Cannot query field \"prodcts\" on type \"Query\".", messages[0]);
        Assert.Contains("Cannot query field \"nme\" on type \"Product\".", messages[1]);
        Assert.True(suggested == messages[0].Contains("Did you mean \"products\" or \"product\"?", StringComparison.Ordinal), messages[0]);
        Assert.Equal(suggested, messages[1].Contains("Did you mean \"name\"?", StringComparison.Ordinal));
        Assert.All(messages, m => Assert.Equal(suggested, m.Contains("Did you mean", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SuggestionsFollowTheCallerNotTheCachedDocument()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddIntrospectionPolicy(p =>
        {
            p.Production = IntrospectionAccess.Authenticated;
            p.Roles = ["admin"];
        }));
        const string Typo = "{ shp { name } }";

        var admin = (string)(await server.PostAsync(Typo, user: "bob", roles: "admin"))["errors"]![0]!["message"]!;
        var anonymous = (string)(await server.PostAsync(Typo))["errors"]![0]!["message"]!;

        Assert.Contains("Did you mean \"shop\"?", admin);
        Assert.DoesNotContain("Did you mean", anonymous);
    }

    private static void AssertIntrospection(System.Text.Json.Nodes.JsonNode response, bool allowed)
    {
        if (allowed)
        {
            Assert.True(response["errors"] is null, response.ToJsonString());
            Assert.NotNull(response["data"]);
        }
        else
        {
            Assert.Null(response["data"]);
            var error = response["errors"]![0]!;
            Assert.Equal(LimitErrorCodes.IntrospectionDisabled, (string?)error["extensions"]!["code"]);
            Assert.StartsWith("Introspection is disabled on this endpoint", (string?)error["message"]);
        }
    }
}

using System.Net;
using Headless.GraphQL.Tests.Transport.Support;
using Headless.GraphQL.Transport.Limits;

namespace Headless.GraphQL.Tests.Transport;

/// <summary><c>GET /graphql/schema.graphql</c> answers exactly the callers who could read the schema by introspection.</summary>
public sealed class SchemaDocumentTests
{
    [Fact]
    public async Task SchemaDocumentIsServedWhenNothingRestrictsIntrospection()
    {
        await using var server = await TransportTestServer.StartAsync();

        using var response = await server.Client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hello(name: String): String!", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SchemaDocumentIsHiddenFromCallersTheIntrospectionPolicyRefuses()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.AddIntrospectionPolicy());

        using var response = await server.Client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("hello", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SchemaDocumentIsServedWhenThePolicyAllowsIntrospection()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.AddIntrospectionPolicy(policy => policy.Production = IntrospectionAccess.On));

        using var response = await server.Client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GraphiQLIsOffOutsideDevelopmentUnlessEnabled()
    {
        await using var server = await TransportTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var page = await server.Client.SendAsync(request);

        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
    }
}

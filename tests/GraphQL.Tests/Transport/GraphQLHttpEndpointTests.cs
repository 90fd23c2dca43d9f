using System.Net;
using System.Text;
using Headless.GraphQL.Tests.Transport.Support;
using Headless.Tests.Shared;
using Headless.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Tests.Transport;

/// <summary>GraphQL over HTTP behaviours the graphql-http audit does not cover.</summary>
public sealed class GraphQLHttpEndpointTests
{
    [Fact]
    public async Task MutationOverGetIsRefusedWith405AndNeverRuns()
    {
        await using var server = await TransportTestServer.StartAsync();

        var exchange = await HttpExchange.GetAsync(server, "mutation { increment }", accept: "application/json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, exchange.Status);
        Assert.Equal("POST", exchange.Response.Content.Headers.Allow.Single());
        Assert.Equal("METHOD_NOT_ALLOWED", exchange.FirstErrorCode);
        Assert.Equal(0, server.Probe.Increments);
    }

    [Fact]
    public async Task AcceptHeaderWithoutAJsonTypeGets406()
    {
        await using var server = await TransportTestServer.StartAsync();

        var exchange = await HttpExchange.PostAsync(server, new { query = "{ hello }" }, accept: "text/csv");

        Assert.Equal(HttpStatusCode.NotAcceptable, exchange.Status);
        Assert.Equal("NOT_ACCEPTABLE", exchange.FirstErrorCode);
    }

    [Fact]
    public async Task GraphQLResponseJsonIsPreferredOverPlainJsonAtEqualQuality()
    {
        await using var server = await TransportTestServer.StartAsync();

        var exchange = await HttpExchange.PostAsync(server, new { query = "{ hello }" }, accept: "application/json, application/graphql-response+json");

        Assert.Equal(HttpExchange.GraphQLResponse, exchange.MediaType);
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain")]
    public async Task BodyThatIsNotUtf8JsonGets415(string contentType)
    {
        await using var server = await TransportTestServer.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, server.HttpUrl) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"query\":\"{ hello }\"}")) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var exchange = await HttpExchange.SendAsync(server, request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, exchange.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", exchange.FirstErrorCode);
    }

    [Fact]
    public async Task FieldErrorsAfterExecutionStartedKeepStatus200WithData()
    {
        await using var server = await TransportTestServer.StartAsync();

        var exchange = await HttpExchange.PostAsync(server, new { query = "{ hello broken }" });

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("Hello, world", (string?)exchange.Body!["data"]!["hello"]);
        Assert.Equal("INTERNAL_SERVER_ERROR", exchange.FirstErrorCode);
    }

    [Fact]
    public async Task UnexpectedResolverExceptionsAreLoggedWithTheOperationPathAndStackUnderTheRequestIdTheClientGets()
    {
        var logs = new CapturedLogs();
        await using var server = await TransportTestServer.StartAsync(logs: logs);

        var exchange = await HttpExchange.PostAsync(server, new { query = "query Greeting { hello broken }" });

        Assert.Equal("INTERNAL_SERVER_ERROR", exchange.FirstErrorCode);
        var entry = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("boom", Assert.IsType<InvalidOperationException>(entry.Exception).Message);
        Assert.Contains("Greeting", entry.Message, StringComparison.Ordinal);
        Assert.Contains("at broken", entry.Message, StringComparison.Ordinal);

        // The client can quote the request id the log entry names.
        var requestId = (string?)exchange.Body!["errors"]![0]!["extensions"]!["requestId"];
        Assert.False(string.IsNullOrEmpty(requestId));
        Assert.Contains(requestId, entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldErrorsTheClientCausedAreNotLoggedAsServerFailures()
    {
        var logs = new CapturedLogs();
        await using var server = await TransportTestServer.StartAsync(logs: logs);

        await HttpExchange.PostAsync(server, new { query = "{ hello(name: 1) }" });
        await HttpExchange.PostAsync(server, new { query = "{ nope }" });

        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task SubscriptionOverPlainHttpIsRefused()
    {
        await using var server = await TransportTestServer.StartAsync();

        var exchange = await HttpExchange.PostAsync(server, new { query = "subscription { counter(to: 1) }" });

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("OPERATION_NOT_SUPPORTED", exchange.FirstErrorCode);
    }

    [Fact]
    public async Task SchemaSdlIsServedNextToTheEndpoint()
    {
        await using var server = await TransportTestServer.StartAsync();

        var response = await server.Client.GetAsync(server.HttpUrl + "/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = SchemaPrinter.Print(TransportTestServer.BuildSchema(new ServerProbe()));
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        Assert.Contains("type Subscription", expected);
    }
}

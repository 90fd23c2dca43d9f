using System.Net;
using Headless.GraphQL.Tests.Transport.Support;
using Headless.GraphQL.Transport.Documents;

namespace Headless.GraphQL.Tests.Transport;

/// <summary>Trusted documents by id, the automatic persisted-query flow, and the allow-list mode.</summary>
public sealed class TrustedDocumentTests : IDisposable
{
    private const string HelloDocument = "query Hello { hello(name: \"trusted\") }";
    private readonly string _operations = Directory.CreateTempSubdirectory("trusted-documents").FullName;

    public TrustedDocumentTests() => File.WriteAllText(Path.Combine(_operations, "hello.graphql"), HelloDocument);

    public void Dispose() => Directory.Delete(_operations, recursive: true);

    private static string IdOf(string text) => "sha256:" + DocumentHash.Compute(text);

    [Fact]
    public async Task DocumentIdRunsADocumentRegisteredFromFiles()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.TrustedDocuments.Store.RegisterDirectory(_operations));

        var exchange = await HttpExchange.PostAsync(server, new { documentId = IdOf(HelloDocument) });

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("Hello, trusted", (string?)exchange.Body!["data"]!["hello"]);
    }

    [Fact]
    public async Task UnknownDocumentIdIsRefused()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.TrustedDocuments.Store.RegisterDirectory(_operations));

        var exchange = await HttpExchange.PostAsync(server, new { documentId = IdOf("{ hello }") });

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", exchange.FirstErrorCode);
    }

    [Fact]
    public async Task AllowListModeRunsOnlyRegisteredDocuments()
    {
        await using var server = await TransportTestServer.StartAsync(options =>
        {
            options.TrustedDocuments.Store.RegisterDirectory(_operations);
            options.TrustedDocuments.AllowListOnly = true;
        });

        var arbitrary = await HttpExchange.PostAsync(server, new { query = "{ hello }" });
        var registeredText = await HttpExchange.PostAsync(server, new { query = HelloDocument });
        var byId = await HttpExchange.PostAsync(server, new { documentId = IdOf(HelloDocument) });

        Assert.Equal(HttpStatusCode.BadRequest, arbitrary.Status);
        Assert.Equal("DOCUMENT_NOT_TRUSTED", arbitrary.FirstErrorCode);
        Assert.Equal("Hello, trusted", (string?)registeredText.Body!["data"]!["hello"]);
        Assert.Equal("Hello, trusted", (string?)byId.Body!["data"]!["hello"]);
        Assert.Equal(2, server.Probe.ResolverCalls);
    }

    [Fact]
    public async Task DocumentIdWorksOverGetToo()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.TrustedDocuments.Store.RegisterDirectory(_operations));

        var response = await server.Client.GetAsync(server.HttpUrl + "?documentId=" + Uri.EscapeDataString(IdOf(HelloDocument)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hello, trusted", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AutomaticPersistedQueryRegistersOnFirstUseThenRunsByHash()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.TrustedDocuments.AutomaticPersistedQueries = true);
        const string query = "{ hello(name: \"apq\") }";
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Compute(query) } };

        var unknown = await HttpExchange.PostAsync(server, new { extensions = persisted }, accept: "application/json");
        var register = await HttpExchange.PostAsync(server, new { query, extensions = persisted }, accept: "application/json");
        var byHash = await HttpExchange.PostAsync(server, new { extensions = persisted }, accept: "application/json");

        Assert.Equal("PersistedQueryNotFound", (string?)unknown.Body!["errors"]![0]!["message"]);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.FirstErrorCode);
        Assert.Equal("Hello, apq", (string?)register.Body!["data"]!["hello"]);
        Assert.Equal("Hello, apq", (string?)byHash.Body!["data"]!["hello"]);
    }

    [Fact]
    public async Task PersistedQueryWhoseHashDoesNotMatchItsTextIsRefused()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.TrustedDocuments.AutomaticPersistedQueries = true);

        var exchange = await HttpExchange.PostAsync(server, new
        {
            query = "{ hello }",
            extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Compute("{ other }") } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", exchange.FirstErrorCode);
    }

    [Fact]
    public async Task PersistedQueriesAreRefusedWhenTheFlowIsOff()
    {
        await using var server = await TransportTestServer.StartAsync();

        var exchange = await HttpExchange.PostAsync(server, new
        {
            query = "{ hello }",
            extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Compute("{ hello }") } },
        });

        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", exchange.FirstErrorCode);
    }

    [Fact]
    public async Task AllowListModeNeverRegistersAutomaticPersistedQueries()
    {
        await using var server = await TransportTestServer.StartAsync(options =>
        {
            options.TrustedDocuments.AutomaticPersistedQueries = true;
            options.TrustedDocuments.AllowListOnly = true;
        });
        const string query = "{ hello }";
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Compute(query) } };

        var register = await HttpExchange.PostAsync(server, new { query, extensions = persisted });
        var byHash = await HttpExchange.PostAsync(server, new { extensions = persisted });

        Assert.Equal("DOCUMENT_NOT_TRUSTED", register.FirstErrorCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", byHash.FirstErrorCode);
        Assert.Equal(0, server.Probe.ResolverCalls);
    }
}

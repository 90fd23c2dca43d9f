using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Headless.GraphQL.Authorization;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Tests.Transport.Support;
using Headless.GraphQL.Transport;
using Headless.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Tests.Authorization;

/// <summary>
/// The caller reaches the engine's access rules from <c>HttpContext.User</c> on HTTP, and from what the
/// <c>connection_init</c> hook sets on WebSocket, through a real Kestrel server.
/// </summary>
public sealed class TransportCallerTests
{
    private const string Sdl = AuthorizationDirectives.Sdl + """

        type Query {
          "The caller's subject, as the resolver sees it."
          whoAmI: String @requires(permission: "profile:read")
        }
        """;

    [Fact]
    public async Task AnHttpCallerIsCheckedAsTheAuthenticationMiddlewareLeftIt()
    {
        await using var server = await StartAsync();

        var anonymous = await PostAsync(server.Client, null);
        var withoutPermission = await PostAsync(server.Client, "alice");
        var allowed = await PostAsync(server.Client, "alice:profile:read");

        Assert.Equal("UNAUTHENTICATED", (string?)anonymous["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("FORBIDDEN", (string?)withoutPermission["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("""{"whoAmI":"alice"}""", allowed["data"]!.ToJsonString());
    }

    [Fact]
    public async Task AWebSocketCallerIsTheUserTheConnectionInitHookSet()
    {
        await using var server = await StartAsync();

        var refused = await QueryOverSocketAsync(server, "bob");
        var allowed = await QueryOverSocketAsync(server, "bob:profile:read");

        Assert.Equal("FORBIDDEN", (string?)refused["payload"]!["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("""{"whoAmI":"bob"}""", allowed["payload"]!["data"]!.ToJsonString());
    }

    /// <summary>A caller written as <c>name[:permission]</c>, as a test stand-in for a real token.</summary>
    private static ClaimsPrincipal? Principal(string? credential)
    {
        if (string.IsNullOrEmpty(credential))
        {
            return null;
        }

        var parts = credential.Split(':', 2);
        var claims = new List<Claim> { new("sub", parts[0]) };
        if (parts.Length == 2)
        {
            claims.Add(new Claim("test:permission", parts[1]));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string? credential)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ whoAmI }" }) };
        if (credential is not null)
        {
            request.Headers.Add("X-Test-Caller", credential);
        }

        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<JsonNode> QueryOverSocketAsync(Server server, string credential)
    {
        await using var socket = await RawWebSocket.ConnectAsync(server.WebSocketUrl);
        await socket.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["caller"] = credential } }.ToJsonString());
        Assert.Equal("connection_ack", (string?)(await socket.ReceiveAsync())?["type"]);
        await socket.SendAsync("""{"type":"subscribe","id":"1","payload":{"query":"{ whoAmI }"}}""");
        return (await socket.ReceiveAsync())!;
    }

    private static async Task<Server> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();

        // Stands in for an authentication handler: what it leaves in HttpContext.User is the caller.
        app.Use((http, next) =>
        {
            if (Principal(http.Request.Headers["X-Test-Caller"].ToString()) is { } user)
            {
                http.User = user;
            }

            return next(http);
        });
        var schema = SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "whoAmI", (ClaimsPrincipal user) => user.FindFirst("sub")?.Value)
            .Build();
        app.MapGraphQL("/graphql", schema, options =>
        {
            options.Execution = options.Execution with { PermissionClaimType = "test:permission" };
            options.WebSockets.OnConnectionInit = context =>
            {
                if (Principal(context.Payload?.GetValueOrDefault("caller") as string) is { } user)
                {
                    context.User = user;
                }

                return ValueTask.FromResult(true);
            };
        });
        await app.StartAsync();
        return new Server(app);
    }

    private sealed class Server(WebApplication app) : IAsyncDisposable
    {
        public HttpClient Client { get; } = new() { BaseAddress = new Uri(app.Urls.Single()) };

        public Uri WebSocketUrl { get; } = new UriBuilder(new Uri(new Uri(app.Urls.Single()), "/graphql")) { Scheme = "ws" }.Uri;

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}

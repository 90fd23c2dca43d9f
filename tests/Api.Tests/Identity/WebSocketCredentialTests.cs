using System.Net.WebSockets;
using Headless.Api.Tests.Storefront;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Identity;

/// <summary>
/// A subscription opened with a customer's access token does not outlive it: the socket closes with 4403 when the
/// token expires or when its session is revoked, while an anonymous socket beside it stays open.
/// </summary>
public sealed class WebSocketCredentialTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-ws-credential-{Guid.NewGuid():N}.db");
    private StorefrontApiFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new StorefrontApiFactory("Sqlite", $"Data Source={_path}", new Dictionary<string, string>
        {
            ["Authentication:AccessTokenLifetime"] = "00:00:04",
            ["Authentication:ClockSkew"] = "00:00:00",
            ["Authentication:WebSocketSessionCheckInterval"] = "00:00:00.500",
        });
        _factory.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    [Fact]
    public async Task AnOpenSubscriptionEndsWith4403WhenItsAccessTokenExpires()
    {
        var client = _factory.CreateClient();
        var (orderId, orderToken) = await OrderAsync(client);
        var (_, access, _) = await client.NewAccountAsync();
        var expiresAt = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(access).ValidTo;
        using var signedIn = await SubscribeAsync(orderId, orderToken, access);
        using var anonymous = await SubscribeAsync(orderId, orderToken, accessToken: null);

        var closed = await UntilClosedAsync(signedIn);

        Assert.Equal((WebSocketCloseStatus)4403, signedIn.CloseStatus);
        Assert.InRange(closed, expiresAt.AddMilliseconds(-50), expiresAt.AddSeconds(3));
        await anonymous.SendAsync(new { type = "ping" });
        string? type;
        do
        {
            // The anonymous subscription's history comes first; then the answer to the ping, on a socket still open.
            type = (await anonymous.ReceiveAsync())?["type"]?.GetValue<string>();
        }
        while (type == "next");
        Assert.Equal("pong", type);
    }

    [Fact]
    public async Task AnOpenSubscriptionEndsWith4403WhenItsSessionIsSignedOut()
    {
        var client = _factory.CreateClient();
        var (orderId, orderToken) = await OrderAsync(client);
        var (_, access, refresh) = await client.NewAccountAsync();
        using var socket = await SubscribeAsync(orderId, orderToken, access);

        var signedOutAt = DateTime.UtcNow;
        AccountSteps.AssertNoErrors((await client.RunAsync(
            "mutation($t: String!) { signOut(input: { refreshToken: $t }) { errors { code message field } } }", new { t = refresh }))["signOut"]!);
        var closed = await UntilClosedAsync(socket);

        Assert.Equal((WebSocketCloseStatus)4403, socket.CloseStatus);
        // Well before the 4-second token would have expired on its own.
        Assert.True(closed - signedOutAt < TimeSpan.FromSeconds(2.5), $"closed {(closed - signedOutAt).TotalMilliseconds} ms after sign-out");
    }

    private async Task<GraphQLWebSocket> SubscribeAsync(string orderId, string orderToken, string? accessToken)
    {
        var socket = await GraphQLWebSocket.ConnectAsync(_factory.Server);
        await socket.SendAsync(accessToken is null
            ? new { type = "connection_init" }
            : new { type = "connection_init", payload = (object)new { Authorization = $"Bearer {accessToken}" } });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());
        await socket.SendAsync(new { type = "subscribe", id = "order", payload = new { query = Operation("OrderStatus"), variables = new { orderId, token = orderToken, after = 0 } } });
        return socket;
    }

    /// <summary>Reads (and drops) messages until the server closes the socket; when that was seen.</summary>
    private static async Task<DateTime> UntilClosedAsync(GraphQLWebSocket socket)
    {
        while (await socket.ReceiveAsync() is not null)
        {
        }

        return DateTime.UtcNow;
    }
}

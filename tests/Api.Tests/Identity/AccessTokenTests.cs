using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Identity.Tokens;
using Headless.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Identity;

/// <summary>Access tokens over HTTP and WebSocket: signature, expiry, session revocation, key rotation.</summary>
public sealed class AccessTokenTests : IAsyncLifetime
{
    private readonly HeadlessApiFactory _factory = new(settings: new Dictionary<string, string>
    {
        ["Authentication:ClockSkew"] = "00:00:00",
        ["Authentication:SessionCheckCacheDuration"] = "00:00:00",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task AValidTokenIsAcceptedAndItsClaimsAreTheSharedVocabulary()
    {
        var client = _factory.CreateClient();
        var (session, access) = await _factory.IssueAsync(Guid.NewGuid().ToString());

        Assert.Equal(200, await client.StatusWithTokenAsync(access.Token));
        var payload = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(access.Token);
        Assert.Equal("customer", payload.GetClaim("headless:kind").Value);
        Assert.Equal(session.SessionId.ToString(), payload.GetClaim("sid").Value);
        Assert.Equal("ES256", payload.Alg);
        Assert.InRange(access.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
    }

    [Fact]
    public async Task ATamperedOrForeignTokenIsRefusedWith401()
    {
        var client = _factory.CreateClient();
        var (_, access) = await _factory.IssueAsync(Guid.NewGuid().ToString());
        var parts = access.Token.Split('.');
        var forgedPayload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(
            Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1]).Concat(" "u8.ToArray()).ToArray());

        Assert.Equal(401, await client.StatusWithTokenAsync($"{parts[0]}.{forgedPayload}.{parts[2]}"));
        Assert.Equal(401, await client.StatusWithTokenAsync("not-a-token"));
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Headers = { { "Authorization", "Bearer nope" } },
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ __typename }" }),
        });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenStopsValidatingWhenItExpires()
    {
        await using var shortLived = new HeadlessApiFactory(settings: new Dictionary<string, string>
        {
            // Long enough to be used once while valid on a loaded machine (at 1 s its first use once came too late).
            ["Authentication:AccessTokenLifetime"] = "00:00:03",
            ["Authentication:ClockSkew"] = "00:00:00",
        });
        var client = shortLived.CreateClient();
        var (_, access) = await shortLived.IssueAsync(Guid.NewGuid().ToString());
        Assert.Equal(200, await client.StatusWithTokenAsync(access.Token));

        await Task.Delay(access.ExpiresAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300));

        Assert.Equal(401, await client.StatusWithTokenAsync(access.Token));
    }

    [Fact]
    public async Task ARevokedSessionStopsItsAccessTokensBeforeTheyExpire()
    {
        var client = _factory.CreateClient();
        var (session, access) = await _factory.IssueAsync(Guid.NewGuid().ToString());
        Assert.Equal(200, await client.StatusWithTokenAsync(access.Token));

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SessionService>().RevokeAsync(session.SessionId, SessionRevocationReasons.SignedOut, CancellationToken.None);
        }

        Assert.Equal(401, await client.StatusWithTokenAsync(access.Token));
    }

    [Fact]
    public async Task ThePrivateKeyIsStoredProtectedByTheDataProtectionKeyRingOfTheDatabase()
    {
        await _factory.IssueAsync(Guid.NewGuid().ToString());
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var key = await db.SigningKeys.SingleAsync();

        // Plain PKCS#8 would decode and import; the stored text is a Data Protection payload instead.
        using var ecdsa = System.Security.Cryptography.ECDsa.Create();
        Assert.ThrowsAny<Exception>(() => ecdsa.ImportPkcs8PrivateKey(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(key.ProtectedPrivateKey), out _));
        var plain = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Headless.Identity.SigningKeys.v1").Unprotect(key.ProtectedPrivateKey);
        ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(plain), out _);
        Assert.True(await db.DataProtectionKeys.AnyAsync(), "the Data Protection key ring is persisted in the database");
    }

    [Fact]
    public async Task ConnectionInitWithAValidTokenIsAcknowledgedAndABadOneClosesWith4403()
    {
        var (_, access) = await _factory.IssueAsync(Guid.NewGuid().ToString());
        _factory.CreateClient().Dispose();

        using (var good = await GraphQLWebSocket.ConnectAsync(_factory.Server))
        {
            await good.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {access.Token}" } });
            Assert.Equal("connection_ack", (await good.ReceiveAsync())?["type"]?.GetValue<string>());
        }

        using var bad = await GraphQLWebSocket.ConnectAsync(_factory.Server);
        await bad.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer forged" } });
        Assert.Null(await bad.ReceiveAsync());
        Assert.Equal((WebSocketCloseStatus)4403, bad.CloseStatus);
    }

    [Fact]
    public async Task RotationKeepsTokensOfTheOldKeyValidAndSignsNewOnesWithTheNewKey()
    {
        var client = _factory.CreateClient();
        var (_, before) = await _factory.IssueAsync(Guid.NewGuid().ToString());
        var newKey = await _factory.Services.GetRequiredService<SigningKeyStore>().RotateAsync(CancellationToken.None);
        var (_, after) = await _factory.IssueAsync(Guid.NewGuid().ToString());

        Assert.Equal(newKey, new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(after.Token).Kid);
        Assert.NotEqual(newKey, new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(before.Token).Kid);
        Assert.Equal(200, await client.StatusWithTokenAsync(before.Token));
        Assert.Equal(200, await client.StatusWithTokenAsync(after.Token));
    }
}

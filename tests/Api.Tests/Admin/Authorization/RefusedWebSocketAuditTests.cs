using Headless.Api.Tests.Admin.Ids;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Identity;
using Headless.Domain.Identity;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Authorization;

/// <summary>
/// Refusals over <c>/admin/graphql</c>'s WebSocket, on a real socket (Kestrel and <see cref="ClientWebSocket"/>), are
/// audited as over HTTP: a revoked API key in <c>connection_init</c> with its right secret and a customer's refused
/// fields leave a <c>refused</c> entry; an anonymous caller and a guessed key name nobody and leave none.
/// </summary>
public sealed class RefusedWebSocketAuditTests
{
    private const string Orders = "{ orders(first: 1) { nodes { id } } }";

    private static HeadlessApiFactory Host() => new(settings: new Dictionary<string, string>
    {
        // Flushed by the tests themselves: what one window holds is then exactly what the test did.
        ["Admin:Audit:Refusals:Window"] = "01:00:00",
    });

    [Fact]
    public async Task ARevokedApiKeyInConnectionInitIsAuditedLikeOverHttpAndAGuessedKeyOrAnAnonymousCallerIsNot()
    {
        await using var api = Host();
        using var http = api.CreateKestrelClient();
        var email = $"owner-{Guid.NewGuid():N}@shop.test";
        var owner = await http.StaffTokenAsync(email, await api.CreateStaffAsync(email, StaffRole.Owner));
        var (_, created) = await http.AdminAsync("mutation { createApiKey(input: { name: \"erp\", permissions: [\"orders:read\"] }) { secret apiKey { id } } }", bearer: owner);
        var key = (string)created["data"]!["createApiKey"]!["secret"]!;
        var keyId = (string)created["data"]!["createApiKey"]!["apiKey"]!["id"]!;

        // While the key is valid the socket works; after revocation its connection_init is refused with 4403.
        await using (var valid = await AdminSocket.ConnectAsync(http.BaseAddress!))
        {
            Assert.Equal("connection_ack", (string?)(await valid.InitAsync($"Bearer {key}"))!["type"]);
        }

        await http.AdminAsync($"mutation {{ revokeApiKey(input: {{ id: \"{keyId}\" }}) {{ errors {{ code }} }} }}", bearer: owner);
        var guessed = key[..^4] + (key.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var closes = new List<int?>();
        foreach (var presented in new[] { key, key, guessed })
        {
            await using var socket = await AdminSocket.ConnectAsync(http.BaseAddress!);
            Assert.Null(await socket.InitAsync($"Bearer {presented}"));
            closes.Add(socket.CloseStatus);
        }

        await using (var anonymous = await AdminSocket.ConnectAsync(http.BaseAddress!))
        {
            Assert.Equal("connection_ack", (string?)(await anonymous.InitAsync(null))!["type"]);
            var refused = await anonymous.QueryAsync(Orders);
            Assert.Equal("UNAUTHENTICATED", (string?)refused["payload"]![0]!["extensions"]!["code"]);
        }

        await api.Services.GetRequiredService<AccessRefusalLog>().FlushAsync(CancellationToken.None);

        Assert.Equal([4403, 4403, 4403], closes);
        var entries = await EntriesAsync(api);
        var entry = Assert.Single(entries);
        Assert.Equal(("api_key", AdminTestIds.Uuid(keyId), "authenticate", AuditOutcomes.Refused, "UNAUTHENTICATED"), (entry.ActorKind, entry.ActorId, entry.Action, entry.Outcome, entry.ErrorCodes));
        Assert.Equal((AccessRefusalLog.EndpointTargetType, "/admin/graphql"), (entry.TargetType, entry.TargetId));
        var fields = JsonNode.Parse(entry.Changes)![0]!["fields"]!;
        Assert.Equal(2, (int)fields["attempts"]!["after"]!);
        Assert.Equal("connection_init", (string?)fields["operation"]!["after"]);
        Assert.NotNull(entry.RequestId);
        Assert.DoesNotContain(key, JsonSerializer.Serialize(entry), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomerTokenOverTheAdminWebSocketIsRefusedEachFieldAndAuditedAsOverHttp()
    {
        await using var api = Host();
        using var http = api.CreateKestrelClient();
        var customerId = Guid.NewGuid().ToString();
        var (_, customer) = await api.IssueAsync(customerId);

        await using (var socket = await AdminSocket.ConnectAsync(http.BaseAddress!))
        {
            Assert.Equal("connection_ack", (string?)(await socket.InitAsync($"Bearer {customer.Token}"))!["type"]);
            for (var i = 0; i < 2; i++)
            {
                var refused = await socket.QueryAsync(Orders);
                Assert.Equal("FORBIDDEN", (string?)refused["payload"]![0]!["extensions"]!["code"]);
            }
        }

        await api.Services.GetRequiredService<AccessRefusalLog>().FlushAsync(CancellationToken.None);

        var entry = Assert.Single(await EntriesAsync(api));
        Assert.Equal(("customer", customerId, "orders", AuditOutcomes.Refused, "FORBIDDEN"), (entry.ActorKind, entry.ActorId, entry.Action, entry.Outcome, entry.ErrorCodes));
        Assert.Equal((AccessRefusalLog.FieldTargetType, "Query.orders"), (entry.TargetType, entry.TargetId));
        var fields = JsonNode.Parse(entry.Changes)![0]!["fields"]!;
        Assert.Equal(2, (int)fields["attempts"]!["after"]!);
        Assert.Equal("query", (string?)fields["operation"]!["after"]);
        Assert.NotNull(entry.RequestId);
    }

    private static async Task<List<AuditEntry>> EntriesAsync(HeadlessApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Outcome == AuditOutcomes.Refused).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>A <c>graphql-transport-ws</c> client of <c>/admin/graphql</c> on a real socket.</summary>
    private sealed class AdminSocket : IAsyncDisposable
    {
        private readonly ClientWebSocket _socket = new();
        private int _next;

        public int? CloseStatus => (int?)_socket.CloseStatus;

        public static async Task<AdminSocket> ConnectAsync(Uri baseAddress)
        {
            var client = new AdminSocket();
            client._socket.Options.AddSubProtocol("graphql-transport-ws");
            await client._socket.ConnectAsync(new UriBuilder(baseAddress) { Scheme = "ws", Path = "/admin/graphql" }.Uri, CancellationToken.None);
            return client;
        }

        /// <summary>Sends <c>connection_init</c> (with <paramref name="authorization"/> when given): the answer, or null when the server closed.</summary>
        public async Task<JsonObject?> InitAsync(string? authorization)
        {
            await SendAsync(authorization is null ? new { type = "connection_init" } : new { type = "connection_init", payload = new { Authorization = authorization } });
            return await ReceiveAsync();
        }

        /// <summary>Runs <paramref name="query"/> as a subscribe message: its first answer (<c>next</c> or <c>error</c>).</summary>
        public async Task<JsonObject> QueryAsync(string query)
        {
            var id = (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await SendAsync(new { id, type = "subscribe", payload = new { query } });
            var answer = await ReceiveAsync() ?? throw new InvalidOperationException($"closed: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
            if ((string?)answer["type"] == "next")
            {
                // A `next` carries the result; the refusal is in its errors.
                answer["payload"] = answer["payload"]!["errors"]!.DeepClone();
                await ReceiveAsync();
            }

            return answer;
        }

        private Task SendAsync(object message) =>
            _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

        private async Task<JsonObject?> ReceiveAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var buffer = new byte[64 * 1024];
            var text = new StringBuilder();
            WebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer, timeout.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
            }
            while (!received.EndOfMessage);
            return JsonNode.Parse(text.ToString())!.AsObject();
        }

        public async ValueTask DisposeAsync()
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }

            _socket.Dispose();
        }
    }
}

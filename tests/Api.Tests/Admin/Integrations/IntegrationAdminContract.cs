using Headless.Api.Tests.Admin.Ids;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Pipeline;
using Headless.Domain.Identity;
using Headless.Infrastructure.Fulfillment.DigitalCodes;
using Headless.Infrastructure.Integrations.Webhooks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Integrations;

/// <summary>
/// Webhook endpoints and parked pipeline steps through the admin API on a real database: endpoints made, refused,
/// rotated, disabled and replayed against a real receiver that checks signatures; configured endpoints listed but
/// left to configuration; parked steps seen by staff and run again.
/// </summary>
public abstract class IntegrationAdminContract
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string Create = """
        mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id name enabled events } errors { code field } } }
        """;

    private const string Endpoints = """
        { webhookEndpoints { id name url events enabled managedByConfiguration
            deliveries(first: 10) { id eventType sequence status attempts replays attemptLog { attempt statusCode outcome } } } }
        """;

    /// <summary>A host over a fresh database with <paramref name="settings"/> on top of the sandbox settings.</summary>
    protected abstract Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string> settings);

    private static string Email(string who) => $"{who}-{Guid.NewGuid():N}@shop.test";

    [Fact]
    public async Task StaffManageAWebhookEndpointAndReplayItsDeliveriesSignedWithTheRotatedSecret()
    {
        await using var receiver = await SignedWebhookReceiver.StartAsync();
        await using var api = await StartAsync(new Dictionary<string, string>
        {
            ["Integrations:Feed:Interval"] = "00:00:00.200",
            ["Webhooks:PollInterval"] = "00:00:00.200",
            ["Webhooks:AllowInsecureTargets"] = "true",
            ["Webhooks:Endpoints:configured:Url"] = receiver.Url + "?configured",
            ["Webhooks:Endpoints:configured:Secret"] = WebhookSignature.NewSecret(),
            ["Webhooks:Endpoints:configured:Enabled"] = "false",
        });
        using var client = api.CreateClient();
        var (owner, support) = (Email("owner"), Email("support"));
        var token = await client.StaffTokenAsync(owner, await api.CreateStaffAsync(owner, StaffRole.Owner));
        var supportToken = await client.StaffTokenAsync(support, await api.CreateStaffAsync(support, StaffRole.Support));

        Assert.Equal("FORBIDDEN", (await client.AdminAsync(Endpoints, bearer: supportToken)).Body.ErrorCode());
        var created = (await client.AdminAsync(Create, new { input = new { name = "erp", url = receiver.Url, events = new[] { "order.created" } } }, bearer: token)).Body["data"]!["createWebhookEndpoint"]!;
        Assert.Empty(created["errors"]!.AsArray());
        var secret = created["secret"]!.GetValue<string>();
        var id = created["endpoint"]!["id"]!.GetValue<string>();
        Assert.StartsWith(WebhookSignature.SecretPrefix, secret, StringComparison.Ordinal);
        Assert.Equal(("NAME_TAKEN", "name"), await RefusedAsync(client, token, new { name = "erp", url = receiver.Url }));
        Assert.Equal(("NAME_TAKEN", "name"), await RefusedAsync(client, token, new { name = "configured", url = receiver.Url }));
        Assert.Equal(("INVALID_URL", "url"), await RefusedAsync(client, token, new { name = "bad", url = "ftp://example.com/hook" }));
        Assert.Equal(("UNKNOWN_EVENT_TYPE", "events"), await RefusedAsync(client, token, new { name = "bad", url = receiver.Url, events = new[] { "order.teleported" } }));

        var listed = (await client.AdminAsync(Endpoints, bearer: token)).Body["data"]!["webhookEndpoints"]!.AsArray();
        var configured = listed.Single(e => e!["name"]!.GetValue<string>() == "configured")!;
        Assert.True(configured["managedByConfiguration"]!.GetValue<bool>());
        var managed = await ChangeAsync(client, token, "updateWebhookEndpoint", new { id = configured["id"]!.GetValue<string>(), enabled = true });
        Assert.Equal("MANAGED_BY_CONFIGURATION", managed["errors"]![0]!["code"]!.GetValue<string>());

        // An order: its order.created event reaches the endpoint, signed with the secret it was given.
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        await PipelineSteps.PlacePhysicalAsync(client, variantId);
        var first = await ReceivedAsync(receiver, 1);
        Assert.True(Verify(secret, first));
        var delivery = await SucceededDeliveryAsync(client, token, id);
        Assert.Equal("order.created", delivery["eventType"]!.GetValue<string>());
        Assert.Equal(200, delivery["attemptLog"]![0]!["statusCode"]!.GetValue<int>());

        var rotated = await ChangeAsync(client, token, "rotateWebhookEndpointSecret", new { id });
        var newSecret = rotated["secret"]!.GetValue<string>();
        Assert.NotEqual(secret, newSecret);
        var replay = (await client.AdminAsync("mutation($id: ID!) { replayWebhookDelivery(input: { id: $id }) { delivery { status replays } errors { code } } }", new { id = delivery["id"]!.GetValue<string>() }, bearer: token)).Body["data"]!["replayWebhookDelivery"]!;
        Assert.Equal(("PENDING", 1), (replay["delivery"]!["status"]!.GetValue<string>(), replay["delivery"]!["replays"]!.GetValue<int>()));
        var again = await ReceivedAsync(receiver, 2);
        Assert.Equal(first.Id, again.Id);
        Assert.True(Verify(newSecret, again));
        Assert.False(Verify(secret, again));

        const string Range = "mutation($input: ReplayWebhookDeliveriesInput!) { replayWebhookDeliveries(input: $input) { queued errors { code field } } }";
        var ranged = (await client.AdminAsync(Range, new { input = new { endpointId = id, from = before, to = DateTimeOffset.UtcNow.AddSeconds(1) } }, bearer: token)).Body["data"]!["replayWebhookDeliveries"]!;
        Assert.Equal(1, ranged["queued"]!.GetValue<int>());
        await ReceivedAsync(receiver, 3);
        var backwards = (await client.AdminAsync(Range, new { input = new { endpointId = id, from = DateTimeOffset.UtcNow, to = before } }, bearer: token)).Body["data"]!["replayWebhookDeliveries"]!;
        Assert.Equal("INVALID_RANGE", backwards["errors"]![0]!["code"]!.GetValue<string>());

        var disabled = await ChangeAsync(client, token, "disableWebhookEndpoint", new { id });
        Assert.False(disabled["endpoint"]!["enabled"]!.GetValue<bool>());
        var missing = await ChangeAsync(client, token, "disableWebhookEndpoint", new { id = Guid.NewGuid().ToString() });
        Assert.Equal("NOT_FOUND", missing["errors"]![0]!["code"]!.GetValue<string>());

        // Endpoint and delivery IDs are global IDs of their own types; the bare UUID still works; another type's ID is not found.
        var deliveryId = delivery["id"]!.GetValue<string>();
        Assert.Equal(("WebhookEndpoint", "WebhookDelivery"), (AdminTestIds.TypeOf(id), AdminTestIds.TypeOf(deliveryId)));
        var byBare = await ChangeAsync(client, token, "updateWebhookEndpoint", new { id = AdminTestIds.Uuid(id), enabled = true });
        Assert.Empty(byBare["errors"]!.AsArray());
        Assert.Equal((id, true), (byBare["endpoint"]!["id"]!.GetValue<string>(), byBare["endpoint"]!["enabled"]!.GetValue<bool>()));
        var wrongType = await ChangeAsync(client, token, "disableWebhookEndpoint", new { id = deliveryId });
        Assert.Equal("NOT_FOUND", wrongType["errors"]![0]!["code"]!.GetValue<string>());
        var replayEndpoint = (await client.AdminAsync("mutation($id: ID!) { replayWebhookDelivery(input: { id: $id }) { errors { code field } } }", new { id }, bearer: token)).Body["data"]!["replayWebhookDelivery"]!;
        Assert.Equal("""[{"code":"NOT_FOUND","field":"id"}]""", replayEndpoint["errors"]!.ToJsonString());
        var rangeOfDelivery = (await client.AdminAsync(Range, new { input = new { endpointId = deliveryId, from = before, to = DateTimeOffset.UtcNow } }, bearer: token)).Body["data"]!["replayWebhookDeliveries"]!;
        Assert.Equal("""[{"code":"NOT_FOUND","field":"endpointId"}]""", rangeOfDelivery["errors"]!.ToJsonString());
        Assert.Empty(receiver.ReceivedWithQuery); // The configured endpoint is disabled: it got nothing.
    }

    [Fact]
    public async Task StaffSeeAParkedStepWithItsReasonAndRunItAgainOnceTheCauseIsFixed()
    {
        await using var api = await StartAsync(new Dictionary<string, string>(Support.TestHostSettings.Pipeline));
        using var client = api.CreateClient();
        var (owner, support) = (Email("owner"), Email("support"));
        var token = await client.StaffTokenAsync(owner, await api.CreateStaffAsync(owner, StaffRole.Owner));
        var supportToken = await client.StaffTokenAsync(support, await api.CreateStaffAsync(support, StaffRole.Support));
        var data = await Storefront.GraphQLClient.DataAsync(client, "{ products(first: 5, where: { kinds: [DIGITAL] }) { nodes { variants { id sku } } } }");
        var variant = data["products"]!["nodes"]![0]!["variants"]![0]!;
        var sku = variant["sku"]!.GetValue<string>();
        var issuer = api.Services.GetRequiredService<DigitalCodeIssuer>();
        await issuer.AddToPoolAsync(sku, ["ADMIN-0001"], CancellationToken.None);
        var created = await CheckoutSteps.CreateCartAsync(client, new { email = "ada@example.com", lines = new[] { new { variantId = variant["id"]!.GetValue<string>(), quantity = 2 } } });
        var placed = await CheckoutSteps.PlaceOrderAsync(client, created["cart"]!["id"]!.GetValue<string>());
        var (orderId, orderToken) = (placed["order"]!["id"]!.GetValue<string>(), placed["orderToken"]!.GetValue<string>());

        const string Parked = "{ parkedSteps { id orderId orderNumber handler attempts reason } }";
        var step = await ParkedAsync(client, token);
        Assert.Equal((orderId, "service-fulfillment"), (step["orderId"]!.GetValue<string>(), step["handler"]!.GetValue<string>()));
        Assert.Contains("is empty", step["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null((await client.AdminAsync(Parked, bearer: supportToken)).Body["errors"]);

        const string Rerun = "mutation($id: ID!) { rerunParkedStep(input: { id: $id }) { queued errors { code field } } }";
        var stepId = step["id"]!.GetValue<string>();
        Assert.Equal("ParkedStep", AdminTestIds.TypeOf(stepId));
        var wrongStep = (await client.AdminAsync(Rerun, new { id = orderId }, bearer: token)).Body["data"]!["rerunParkedStep"]!;
        Assert.Equal("""[{"code":"NOT_FOUND","field":"id"}]""", wrongStep["errors"]!.ToJsonString());
        Assert.Equal("FORBIDDEN", (await client.AdminAsync(Rerun, new { id = stepId }, bearer: supportToken)).Body.ErrorCode());
        await issuer.AddToPoolAsync(sku, ["ADMIN-0002"], CancellationToken.None);
        var rerun = (await client.AdminAsync(Rerun, new { id = stepId }, bearer: token)).Body["data"]!["rerunParkedStep"]!;
        Assert.True(rerun["queued"]!.GetValue<bool>());
        var notParked = (await client.AdminAsync(Rerun, new { id = stepId }, bearer: token)).Body["data"]!["rerunParkedStep"]!;
        Assert.Equal(("NOT_FOUND", "id"), (notParked["errors"]![0]!["code"]!.GetValue<string>(), notParked["errors"]![0]!["field"]!.GetValue<string>()));

        await PipelineSteps.WaitForStatusAsync(client, orderId, orderToken, Patience, "FULFILLED");
        Assert.Empty((await client.AdminAsync(Parked, bearer: token)).Body["data"]!["parkedSteps"]!.AsArray());
    }

    private static async Task<JsonNode> ParkedAsync(HttpClient client, string token)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var steps = (await client.AdminAsync("{ parkedSteps { id orderId handler attempts reason } }", bearer: token)).Body["data"]!["parkedSteps"]!.AsArray();
            if (steps.Count > 0)
            {
                return steps.Single()!;
            }

            Assert.True(DateTime.UtcNow < deadline, "No step was parked.");
            await Task.Delay(100);
        }
    }

    private static async Task<(string Code, string Field)> RefusedAsync(HttpClient client, string token, object input)
    {
        var error = (await client.AdminAsync(Create, new { input }, bearer: token)).Body["data"]!["createWebhookEndpoint"]!["errors"]![0]!;
        return (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>());
    }

    private static async Task<JsonNode> ChangeAsync(HttpClient client, string token, string mutation, object input)
    {
        var inputType = mutation == "updateWebhookEndpoint" ? "UpdateWebhookEndpointInput" : "WebhookEndpointIdInput";
        var body = (await client.AdminAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ secret endpoint {{ id enabled }} errors {{ code field }} }} }}", new { input }, bearer: token)).Body;
        return body["data"]![mutation]!;
    }

    private static async Task<JsonNode> SucceededDeliveryAsync(HttpClient client, string token, string endpointId)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var endpoint = (await client.AdminAsync(Endpoints, bearer: token)).Body["data"]!["webhookEndpoints"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == endpointId)!;
            if (endpoint["deliveries"]!.AsArray().FirstOrDefault(d => d!["status"]!.GetValue<string>() == "SUCCEEDED") is { } delivery)
            {
                return delivery;
            }

            Assert.True(DateTime.UtcNow < deadline, "The delivery was not marked delivered.");
            await Task.Delay(100);
        }
    }

    private static async Task<(string Id, string Timestamp, string Signature, string Body)> ReceivedAsync(SignedWebhookReceiver receiver, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (receiver.Received.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The receiver has {receiver.Received.Count} of {count} requests.");
            await Task.Delay(100);
        }

        return receiver.Received.ElementAt(count - 1);
    }

    private static bool Verify(string secret, (string Id, string Timestamp, string Signature, string Body) received) =>
        WebhookSignature.Verify(secret, received.Id, received.Timestamp, received.Body, received.Signature, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
}

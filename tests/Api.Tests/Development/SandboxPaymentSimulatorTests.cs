using System.Net;
using System.Text.Json.Nodes;
using Headless.Api.Development;
using Headless.Api.Tests.Storefront;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Development;

public sealed class SandboxPaymentSimulatorTests
{
    [Fact]
    public async Task InDevelopmentACaptureRequestMovesTheOrderOnWithoutAHandSignedWebhook()
    {
        await using var api = new HeadlessApiFactory(environment: "Development");
        using var client = api.CreateClient();
        var (orderId, token) = await OrderAsync(client);

        using var response = await client.PostAsync($"{SandboxPaymentSimulator.PathPrefix}/{orderId}/capture", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Processed", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["outcome"]!.GetValue<string>());
        var order = (await client.DataAsync(Operation("Order"), new { id = orderId, token }))["order"]!;
        Assert.Equal("PAYMENT_CAPTURED", order["status"]!.GetValue<string>());
        Assert.Equal("sandbox-webhook", order["events"]!.AsArray().Last()!["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task OutsideDevelopmentTheSimulatorIsNotThere()
    {
        await using var api = new HeadlessApiFactory();
        using var client = api.CreateClient();
        var (orderId, token) = await OrderAsync(client);

        using var response = await client.PostAsync($"{SandboxPaymentSimulator.PathPrefix}/{orderId}/capture", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var order = (await client.DataAsync(Operation("Order"), new { id = orderId, token }))["order"]!;
        Assert.Equal("PAYMENT_AUTHORIZED", order["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheOrderNamesThePaymentReferenceItsProviderEventsCarry()
    {
        await using var api = new HeadlessApiFactory();
        using var client = api.CreateClient();
        var (orderId, token) = await OrderAsync(client);
        var reference = (await client.DataAsync(Operation("Order"), new { id = orderId, token }))["order"]!["paymentReference"]!.GetValue<string>();

        await SendWebhookAsync(client, "payment.captured", reference);

        var order = (await client.DataAsync(Operation("Order"), new { id = orderId, token }))["order"]!;
        Assert.StartsWith("sbx_auth_", reference, StringComparison.Ordinal);
        Assert.Equal("PAYMENT_CAPTURED", order["status"]!.GetValue<string>());
    }
}

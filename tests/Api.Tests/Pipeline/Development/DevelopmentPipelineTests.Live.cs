using System.Text.Json.Nodes;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Support;

namespace Headless.Api.Tests.Pipeline.Development;

/// <summary>The order-status subscription, through the real graphql-ws client, shows each pipeline step as it happens.</summary>
public sealed partial class DevelopmentPipelineTests
{
    [Fact]
    public async Task TheLiveSubscriptionShowsEveryStepOfAPhysicalOrderInOrderAndACashOnDeliveryRefusal()
    {
        using var client = api.Server.CreateClient();
        var variantId = await CashOnDeliveryVariantAsync(client);
        await using var subscriber = GraphQLWsSubscriber.Start();
        var card = await PlaceAsync(client, await ReadyCartAsync(client, variantId, "grace@example.com"), "card", "tok_approve");
        subscriber.Subscribe("card", api.Server.BaseAddress, CheckoutSteps.Operation("OrderStatus"), new { orderId = card.Id, token = card.Token, after = 0 });
        var refused = await PlaceAsync(client, await ReadyCartAsync(client, variantId, RefusingEmail), "cash_on_delivery");
        subscriber.Subscribe("cod", api.Server.BaseAddress, CheckoutSteps.Operation("OrderStatus"), new { orderId = refused.Id, token = refused.Token, after = 0 });

        var delivered = await UntilAsync(subscriber, "card", e => e["toStatus"]!.GetValue<string>() == "DELIVERED");
        var returned = await UntilAsync(subscriber, "cod", e => e["note"]?.GetValue<string>()?.Contains("came back to the sender", StringComparison.Ordinal) == true);

        // Authorized, screened, stock confirmed, captured, fulfilment started, shipped, delivered: one event each.
        Assert.Equal(
            "PLACED by shopper, PAYMENT_AUTHORIZED by sandbox, PAYMENT_AUTHORIZED by risk-screen, PAYMENT_AUTHORIZED by inventory, "
            + "PAYMENT_CAPTURED by sandbox, FULFILLING by system, SHIPPED by sandbox, DELIVERED by carrier-sandbox",
            Steps(delivered));
        Assert.Equal(Enumerable.Range(1, delivered.Count), delivered.Select(m => Event(m)["sequence"]!.GetValue<int>()));
        Assert.All(delivered, m => Assert.Equal(Event(m)["toStatus"]!.GetValue<string>(), m["status"]!.GetValue<string>()));
        var shipped = delivered.Single(m => m["status"]!.GetValue<string>() == "SHIPPED");
        var tracking = shipped["order"]!["trackingNumber"]!.GetValue<string>();
        Assert.StartsWith("SBX", tracking, StringComparison.Ordinal);
        Assert.Contains(tracking, Event(shipped)["note"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(delivered.First()["order"]!["trackingNumber"]);

        // Paid at the door: nothing is captured; the refusal at the door, the cancellation, then the parcel back.
        Assert.Equal(
            "PLACED by shopper, PAYMENT_AUTHORIZED by cash-on-delivery, PAYMENT_AUTHORIZED by risk-screen, PAYMENT_AUTHORIZED by inventory, "
            + "FULFILLING by system, SHIPPED by sandbox, SHIPPED by carrier-sandbox, CANCELLED by cash-on-delivery, CANCELLED by carrier-sandbox",
            Steps(returned));
        Assert.Equal(Enumerable.Range(1, returned.Count), returned.Select(m => Event(m)["sequence"]!.GetValue<int>()));
        Assert.Contains("refused at the door", Event(returned[^3])["note"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("CANCELLED", returned[^1]["order"]!["status"]!.GetValue<string>());
    }

    /// <summary>"STATUS by actor, …", for a comparison that prints every step when it fails.</summary>
    private static string Steps(List<JsonObject> messages) =>
        string.Join(", ", messages.Select(m => $"{Event(m)["toStatus"]} by {Event(m)["actor"]}"));

    private static JsonObject Event(JsonObject message) => message["event"]!.AsObject();

    /// <summary>The subscription's <c>orderStatusChanged</c> results up to and including the first whose event matches.</summary>
    private static async Task<List<JsonObject>> UntilAsync(GraphQLWsSubscriber subscriber, string id, Func<JsonObject, bool> last)
    {
        var seen = new List<JsonObject>();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, $"Subscription '{id}' did not reach the expected event in {Patience}: {string.Join(", ", seen.Select(m => m.ToJsonString()))}");
            var message = (await subscriber.NextAsync(id, left))["data"]!["orderStatusChanged"]!.AsObject();
            seen.Add(message);
            if (last(Event(message)))
            {
                return seen;
            }
        }
    }
}

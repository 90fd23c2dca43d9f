using System.Text.Json.Nodes;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Payments;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Infrastructure.Shipping;

namespace Headless.Api.Tests.Pipeline.Development;

/// <summary>
/// The pipeline as Development runs it, in a real server process, with no webhook signed by hand. The sandbox carrier
/// refuses on request: an order placed with the refusal marker in its email is refused at the door and comes back;
/// everyone else's parcel is delivered; outside Development (the simulator not asked for) the marker does nothing.
/// </summary>
public sealed partial class DevelopmentPipelineTests(DevelopmentApiServer api) : IClassFixture<DevelopmentApiServer>
{
    public const string RefusingEmail = "ada+refuse@example.com";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void TheMarkerIsAnEmailTagOfAnyCase()
    {
        Assert.True(SandboxCarrierSimulator.Refuses(RefusingEmail));
        Assert.True(SandboxCarrierSimulator.Refuses("Ada+REFUSE@Example.com"));
        Assert.False(SandboxCarrierSimulator.Refuses("ada@example.com"));
        Assert.False(SandboxCarrierSimulator.Refuses("ada+refused@example.com"));
        Assert.False(SandboxCarrierSimulator.Refuses(null));
    }

    [Fact]
    public async Task InDevelopmentAParcelOfAMarkedCashOnDeliveryOrderIsRefusedThenReturnedWhileAnUnmarkedOneIsDelivered()
    {
        using var client = api.Server.CreateClient();
        var variantId = await CashOnDeliveryVariantAsync(client);
        var refused = await PlaceAsync(client, await ReadyCartAsync(client, variantId, RefusingEmail), "cash_on_delivery");
        var delivered = await PlaceAsync(client, await ReadyCartAsync(client, variantId, "grace@example.com"), "cash_on_delivery");

        var back = await WaitForParcelAsync(client, refused, "RETURNED_TO_SENDER");
        var arrived = await WaitForParcelAsync(client, delivered, "DELIVERED");

        Assert.Equal(
            ["PLANNED", "LABEL_CREATED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "REFUSED", "RETURNED_TO_SENDER"],
            back["shipments"]![0]!["events"]!.AsArray().Select(e => e!["status"]!.GetValue<string>()));
        var cancelled = await PipelineSteps.WaitForStatusAsync(client, refused.Id, refused.Token, Patience, "CANCELLED");
        Assert.Contains(cancelled["events"]!.AsArray(), e => e!["toStatus"]!.GetValue<string>() == "CANCELLED" && e["actor"]!.GetValue<string>() == "cash-on-delivery");
        Assert.Equal("DELIVERED", arrived["status"]!.GetValue<string>());
        Assert.Equal(
            ["PLANNED", "LABEL_CREATED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED"],
            arrived["shipments"]![0]!["events"]!.AsArray().Select(e => e!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task OutsideDevelopmentTheMarkerDoesNotMoveAParcel()
    {
        var path = Path.Combine(Path.GetTempPath(), $"headless-nosimulator-{Guid.NewGuid():N}.db");
        try
        {
            // The sandbox carrier on as a test host has it, with a quick rhythm, but nobody asked it to move parcels.
            var settings = new Dictionary<string, string>(TestHostSettings.Pipeline)
            {
                ["Payments:Methods:cash_on_delivery:Enabled"] = "true",
                ["Carriers:Sandbox:AdvanceEvery"] = "00:00:00.200",
            };
            await using var host = new StorefrontApiFactory("Sqlite", $"Data Source={path}", settings);
            using var client = host.CreateClient();
            var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
            var order = await PlaceAsync(client, await ReadyCartAsync(client, variantId, RefusingEmail), "cash_on_delivery");
            var shipped = await PipelineSteps.WaitForStatusAsync(client, order.Id, order.Token, Patience, "SHIPPED");
            Assert.Equal("LABEL_CREATED", shipped["shipments"]![0]!["status"]!.GetValue<string>());

            await Task.Delay(TimeSpan.FromSeconds(2));

            var later = await PipelineSteps.OrderAsync(client, order.Id, order.Token);
            Assert.Equal(("SHIPPED", "LABEL_CREATED"), (later["status"]!.GetValue<string>(), later["shipments"]![0]!["status"]!.GetValue<string>()));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }

    /// <summary>
    /// A physical variant with units to spare whose price stays under Development's cash-on-delivery limit
    /// (<c>Payments:Methods:cash_on_delivery:MaxTotal</c>, 1000 EUR), shipping included.
    /// </summary>
    public static async Task<string> CashOnDeliveryVariantAsync(HttpClient client)
    {
        for (var skip = 0; ; skip++)
        {
            var (id, price, _) = await CheckoutSteps.PhysicalVariantAsync(client, 4, skip);
            if (price < 500)
            {
                return id;
            }
        }
    }

    /// <summary>A cart of one unit for <paramref name="email"/>, with a Berlin address and standard shipping.</summary>
    public static async Task<string> ReadyCartAsync(HttpClient client, string variantId, string email)
    {
        var created = await CheckoutSteps.CreateCartAsync(client, new { email, lines = new[] { new { variantId, quantity = 1 } } });
        CheckoutSteps.AssertNoErrors(created);
        var cartId = created["cart"]!["id"]!.GetValue<string>();
        CheckoutSteps.AssertNoErrors((await client.DataAsync(CheckoutSteps.Operation("SetAddress"), new { cartId, address = CheckoutSteps.BerlinAddress }))["setCartShippingAddress"]!);
        CheckoutSteps.AssertNoErrors((await client.DataAsync(CheckoutSteps.Operation("SetShipping"), new { cartId, code = "STANDARD" }))["setCartShippingMethod"]!);
        return cartId;
    }

    public static async Task<(string Id, string Token)> PlaceAsync(HttpClient client, string cartId, string method, string? token = null)
    {
        var placed = await PaymentMethodSteps.PlaceAsync(client, cartId, method, token);
        CheckoutSteps.AssertNoErrors(placed);
        return (placed["order"]!["id"]!.GetValue<string>(), placed["orderToken"]!.GetValue<string>());
    }

    private static async Task<JsonObject> WaitForParcelAsync(HttpClient client, (string Id, string Token) order, string status)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var read = await PipelineSteps.OrderAsync(client, order.Id, order.Token);
            if (read["shipments"]!.AsArray() is [{ } parcel] && parcel["status"]!.GetValue<string>() == status)
            {
                return read;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The parcel is not {status} after {Patience}: {read.ToJsonString()}");
            await Task.Delay(200);
        }
    }
}

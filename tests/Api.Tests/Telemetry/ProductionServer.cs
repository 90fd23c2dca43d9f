using System.Text.Json.Nodes;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace Headless.Api.Tests.Telemetry;

/// <summary>
/// One API server process in the Production environment (its log format, its log levels but for request
/// logging, which is switched on to give the scan more to read), with Prometheus on a management port, after a
/// day's worth of traffic in miniature: a full checkout with personal data and a live order-status subscription
/// that sees the payment captured, a declined payment, and a request that fails.
/// </summary>
public sealed class ProductionServer : IAsyncLifetime
{
    public const string Email = "margarethe.oyelaran-brandt@example.org";
    public const string FirstName = "Margarethe";
    public const string LastName = "Oyelaran-Brandt";
    public const string Street = "Kastanienallee 117";
    public const string Phone = "+49 30 55512345";
    public const string CardToken = "tok_approve";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-production-{Guid.NewGuid():N}.db");

    public ApiServerProcess Server { get; private set; } = null!;


    public int MetricsPort { get; } = LoopbackPort.Next();

    /// <summary>Secrets the checkout produced: the cart id and the order's access token.</summary>
    public IReadOnlyList<string> Secrets { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Server = await ApiServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information",
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Headless"] = $"Data Source={_path}",
            ["Telemetry__Prometheus__Port"] = MetricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Telemetry__Prometheus__Host"] = "127.0.0.1",
        });
        using var client = Server.CreateClient();
        Secrets = await CheckOutWhileSubscribedAsync(client);
        var declined = await CheckoutSteps.PlaceOrderAsync(client, await ReadyCartAsync(client), "tok_decline");
        Assert.NotEmpty(declined["errors"]!.AsArray());
        var failed = await client.PostAsync("query BrokenOnPurpose { products(first: 1) { nodes { noSuchField } } }");
        Assert.True(failed.ContainsKey("errors"));
    }

    public HttpClient CreateMetricsClient() => new() { BaseAddress = new Uri($"http://127.0.0.1:{MetricsPort}"), Timeout = TimeSpan.FromSeconds(30) };

    public async Task DisposeAsync()
    {
        // Null when the server never started; InitializeAsync's exception says why.
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    private static async Task<string> ReadyCartAsync(HttpClient client)
    {
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        var created = await CheckoutSteps.CreateCartAsync(client, new { email = Email, lines = new[] { new { variantId, quantity = 1 } } });
        var cartId = created["cart"]!["id"]!.GetValue<string>();
        var address = new { firstName = FirstName, lastName = LastName, line1 = Street, city = "Berlin", postalCode = "10435", countryCode = "DE", phone = Phone };
        CheckoutSteps.AssertNoErrors((await client.DataAsync(CheckoutSteps.Operation("SetAddress"), new { cartId, address }))["setCartShippingAddress"]!);
        CheckoutSteps.AssertNoErrors((await client.DataAsync(CheckoutSteps.Operation("SetShipping"), new { cartId, code = "STANDARD" }))["setCartShippingMethod"]!);
        return cartId;
    }

    /// <summary>Cart, address, shipping, order, then the provider's capture webhook while a subscriber watches.</summary>
    private async Task<IReadOnlyList<string>> CheckOutWhileSubscribedAsync(HttpClient client)
    {
        var cartId = await ReadyCartAsync(client);
        var placed = await CheckoutSteps.PlaceOrderAsync(client, cartId, CardToken);
        CheckoutSteps.AssertNoErrors(placed);
        var orderId = placed["order"]!["id"]!.GetValue<string>();
        var token = placed["orderToken"]!.GetValue<string>();
        var order = (await client.DataAsync(CheckoutSteps.Operation("Order"), new { id = orderId, token }))["order"]!;
        var authorization = order["paymentReference"]!.GetValue<string>();

        await using var socket = await RawGraphQLSocket.ConnectAsync(Server.BaseAddress);
        await socket.SubscribeAsync("status", CheckoutSteps.Operation("OrderStatus"), new { orderId, token });
        // Subscribed once the server answers a later message on the same socket: operations start in order.
        await socket.SubscribeAsync("probe", "query Probe { categories { name } }");
        await ExpectAsync(socket, "probe");
        await CheckoutSteps.SendWebhookAsync(client, "payment.captured", authorization);
        var next = await ExpectAsync(socket, "status");
        Assert.Equal("PAYMENT_CAPTURED", next["payload"]!["data"]!["orderStatusChanged"]!["status"]!.GetValue<string>());
        return [cartId, token, authorization];
    }

    private static async Task<JsonObject> ExpectAsync(RawGraphQLSocket socket, string id)
    {
        while (true)
        {
            var message = await socket.ReceiveAsync();
            if (message["id"]?.GetValue<string>() == id && message["type"]!.GetValue<string>() == "next")
            {
                return message;
            }
        }
    }
}

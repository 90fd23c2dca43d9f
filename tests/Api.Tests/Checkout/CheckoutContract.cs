using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Storefront;
using GlobalId = Headless.Api.Storefront.GlobalId;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Checkout;

/// <summary>Cart, checkout and guest order reads over HTTP, the same on every database provider.</summary>
public abstract class CheckoutContract
{
    protected abstract StorefrontApiFactory Factory { get; }

    /// <summary>A connection to the factory's database, for what only the payment provider would know.</summary>
    protected abstract DbConnection OpenDatabase();

    [Fact]
    public async Task TheCheckoutOperationsTakeAShopperFromTheCatalogToAnOrderTheyCanReadBack()
    {
        using var client = Factory.CreateClient();
        var (variantId, price, available) = await PhysicalVariantAsync(client, 3);

        var cartId = (await CreateCartAsync(client))["cart"]!["id"]!.GetValue<string>();
        var added = (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId, quantity = 2 }))["addCartLines"]!;
        AssertNoErrors(added);
        Assert.Equal(Amount(price * 2), added["cart"]!["subtotal"]!["amount"]!.GetValue<string>());
        Assert.NotNull(added["cart"]!["reservedUntil"]);

        var email = (await client.DataAsync(Operation("SetEmail"), new { cartId, email = "ada@example.com" }))["setCartEmail"]!;
        AssertNoErrors(email);
        var addressed = (await client.DataAsync(Operation("SetAddress"), new { cartId, address = BerlinAddress }))["setCartShippingAddress"]!;
        AssertNoErrors(addressed);
        var methods = addressed["cart"]!["availableShippingMethods"]!.AsArray();
        Assert.Contains(methods, m => m!["code"]!.GetValue<string>() == "STANDARD");
        var shippingPrice = decimal.Parse(methods.First(m => m!["code"]!.GetValue<string>() == "STANDARD")!["price"]!["amount"]!.GetValue<string>(), CultureInfo.InvariantCulture);

        var shipped = (await client.DataAsync(Operation("SetShipping"), new { cartId, code = "STANDARD" }))["setCartShippingMethod"]!;
        AssertNoErrors(shipped);
        Assert.Equal(Amount((price * 2) + shippingPrice), shipped["cart"]!["total"]!["amount"]!.GetValue<string>());

        var placed = await PlaceOrderAsync(client, cartId);
        AssertNoErrors(placed);
        var order = placed["order"]!;
        Assert.Equal("PAYMENT_AUTHORIZED", order["status"]!.GetValue<string>());
        Assert.Equal("AUTHORIZED", placed["paymentStatus"]!.GetValue<string>());
        Assert.Equal(Amount((price * 2) + shippingPrice), order["total"]!["amount"]!.GetValue<string>());
        Assert.Equal(Amount(price), order["lines"]![0]!["unitPrice"]!["amount"]!.GetValue<string>());
        Assert.Equal(["PLACED", "PAYMENT_AUTHORIZED"], order["events"]!.AsArray().Select(e => e!["toStatus"]!.GetValue<string>()));

        var read = (await client.DataAsync(Operation("Order"), new { id = order["id"]!.GetValue<string>(), token = placed["orderToken"]!.GetValue<string>() }))["order"]!;
        Assert.Equal(order["number"]!.GetValue<string>(), read["number"]!.GetValue<string>());
        Assert.Equal(order["total"]!.ToJsonString(), read["total"]!.ToJsonString());

        var after = (await client.DataAsync("query($id: ID!) { variant(id: $id) { availability { quantity } } }", new { id = variantId }))["variant"]!;
        Assert.Equal(available - 2, after["availability"]!["quantity"]!.GetValue<int>());
    }

    [Fact]
    public async Task AskingForMoreThanIsLeftIsInsufficientStockWithTheQuantityLeft()
    {
        using var client = Factory.CreateClient();
        var (variantId, _, _) = await PhysicalVariantAsync(client, 1, skip: 6);
        // Fewer left than a cart may hold, so that the answer is about the stock, not the limit per cart.
        const int available = 3;
        await SetFreeUnitsAsync(Factory.Services, GlobalId.Decode(variantId, "ProductVariant"), available);
        const int quantity = available + 1;

        var error = SingleError((await CreateCartAsync(client, new { lines = new[] { new { variantId, quantity } } })));

        Assert.Equal("INSUFFICIENT_STOCK", error["code"]!.GetValue<string>());
        Assert.Equal(available, error["availableQuantity"]!.GetValue<int>());
        Assert.Equal(variantId, error["variantId"]!.GetValue<string>());
        Assert.Equal(["lines", "0", "quantity"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task AVariantThatDoesNotExistIsVariantNotFound()
    {
        using var client = Factory.CreateClient();
        var cartId = (await CreateCartAsync(client))["cart"]!["id"]!.GetValue<string>();
        var unknown = GlobalId.Encode("ProductVariant", Guid.NewGuid());

        var payload = (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId = unknown, quantity = 1 }))["addCartLines"]!;

        Assert.Equal("VARIANT_NOT_FOUND", SingleError(payload)["code"]!.GetValue<string>());
        Assert.Empty(payload["cart"]!["lines"]!.AsArray());
    }

    [Theory]
    [InlineData("DE", "1011", "postalCode")]
    [InlineData("US", "94103", "region")]
    [InlineData("GB", "NOT A CODE", "postalCode")]
    [InlineData("JP", "1234", "postalCode")]
    [InlineData("ZZ", "12345", "countryCode")]
    [InlineData("XK", "10000", "countryCode")]
    public async Task AnAddressItsCountryWouldRejectIsInvalidAddressNamingTheField(string country, string postalCode, string field)
    {
        using var client = Factory.CreateClient();
        var cartId = (await CreateCartAsync(client))["cart"]!["id"]!.GetValue<string>();
        var address = new { firstName = "Ada", lastName = "Lovelace", line1 = "1 Main Street", city = "Somewhere", postalCode, countryCode = country };

        var payload = (await client.DataAsync(Operation("SetAddress"), new { cartId, address }))["setCartShippingAddress"]!;

        var error = payload["errors"]!.AsArray().First(e => e!["field"]!.GetValue<string>() == field)!;
        Assert.Equal("INVALID_ADDRESS", error["code"]!.GetValue<string>());
        Assert.Equal(["address", field], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(payload["cart"]!["shippingAddress"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task AQuantityOutsideOneToNinetyNineIsQuantityOutOfRange(int quantity)
    {
        using var client = Factory.CreateClient();
        var (variantId, _, _) = await PhysicalVariantAsync(client, 1);

        var error = SingleError(await CreateCartAsync(client, new { lines = new[] { new { variantId, quantity } } }));

        Assert.Equal("QUANTITY_OUT_OF_RANGE", error["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AShippingMethodTheAddressIsNotOfferedIsShippingMethodUnavailable()
    {
        using var client = Factory.CreateClient();
        var (variantId, _, _) = await PhysicalVariantAsync(client, 1);
        var cartId = await ReadyCartAsync(client, variantId, 1);

        var payload = (await client.DataAsync(Operation("SetShipping"), new { cartId, code = "TELEPORT" }))["setCartShippingMethod"]!;

        var error = SingleError(payload);
        Assert.Equal("SHIPPING_METHOD_UNAVAILABLE", error["code"]!.GetValue<string>());
        Assert.Equal(["code"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("STANDARD", payload["cart"]!["shippingMethod"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACartIdNobodyWasGivenIsCartNotFound()
    {
        using var client = Factory.CreateClient();

        var payload = (await client.DataAsync(Operation("SetEmail"), new { cartId = "not-a-cart-token", email = "ada@example.com" }))["setCartEmail"]!;
        var read = await client.DataAsync("{ cart(id: \"not-a-cart-token\") { id } }");

        Assert.Equal("CART_NOT_FOUND", SingleError(payload)["code"]!.GetValue<string>());
        Assert.Null(payload["cart"]);
        Assert.Null(read["cart"]);
    }

    [Fact]
    public async Task ACartThatBecameAnOrderIsCartCompleted()
    {
        using var client = Factory.CreateClient();
        var (variantId, _, _) = await PhysicalVariantAsync(client, 2);
        var cartId = await ReadyCartAsync(client, variantId, 1);
        AssertNoErrors(await PlaceOrderAsync(client, cartId));

        var payload = (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId, quantity = 1 }))["addCartLines"]!;
        var again = await PlaceOrderAsync(client, cartId);

        Assert.Equal("CART_COMPLETED", SingleError(payload)["code"]!.GetValue<string>());
        Assert.True(payload["cart"]!["completed"]!.GetValue<bool>());
        Assert.Equal("CART_COMPLETED", SingleError(again)["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task APriceSentByTheClientNeverReachesTheCart()
    {
        using var client = Factory.CreateClient();
        var (variantId, price, _) = await PhysicalVariantAsync(client, 1);
        var cartId = (await CreateCartAsync(client))["cart"]!["id"]!.GetValue<string>();

        var refused = await client.PostAsync(
            "mutation($cartId: ID!, $variantId: ID!) { addCartLines(input: { cartId: $cartId, lines: [{ variantId: $variantId, quantity: 1, price: \"0.01\" }] }) { cart { id } } }",
            new { cartId, variantId });
        var cart = (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId, quantity = 1 }))["addCartLines"]!["cart"]!;

        Assert.Contains("price", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(refused.ContainsKey("data"));
        Assert.Equal(Amount(price), cart["lines"]![0]!["unitPrice"]!["amount"]!.GetValue<string>());
        Assert.Equal(1, cart["totalQuantity"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheWrongOrderTokenReadsLikeAnOrderThatDoesNotExist()
    {
        using var client = Factory.CreateClient();
        var (orderId, token) = await OrderAsync(client);

        var wrongToken = await client.PostAsync(Operation("Order"), new { id = orderId, token = token[..^1] + (token[^1] == 'A' ? 'B' : 'A') });
        var missing = await client.PostAsync(Operation("Order"), new { id = GlobalId.Encode("Order", Guid.NewGuid()), token });

        Assert.Equal(missing.ToJsonString(), wrongToken.ToJsonString());
        Assert.Null(wrongToken["data"]!["order"]);
    }

    [Fact]
    public async Task RepeatingPlaceOrderWithTheSameKeyReturnsTheSameOrderAndAWorkingToken()
    {
        using var client = Factory.CreateClient();
        var (variantId, _, _) = await PhysicalVariantAsync(client, 2);
        var cartId = await ReadyCartAsync(client, variantId, 1);
        var key = Guid.NewGuid().ToString();

        var first = await PlaceOrderAsync(client, cartId, idempotencyKey: key);
        var repeat = await PlaceOrderAsync(client, cartId, idempotencyKey: key);

        AssertNoErrors(repeat);
        Assert.Equal(first["order"]!["id"]!.GetValue<string>(), repeat["order"]!["id"]!.GetValue<string>());
        var token = first["orderToken"]!.GetValue<string>();
        Assert.Equal(token, repeat["orderToken"]!.GetValue<string>());
        var order = (await client.DataAsync(
            "query($id: ID!, $token: String!) { order(id: $id, token: $token) { id } }",
            new { id = repeat["order"]!["id"]!.GetValue<string>(), token }))["order"];
        Assert.NotNull(order);
    }

    [Fact]
    public async Task ADeclinedPaymentPlacesNoOrder()
    {
        using var client = Factory.CreateClient();
        var (variantId, _, _) = await PhysicalVariantAsync(client, 2);
        var cartId = await ReadyCartAsync(client, variantId, 1);

        var declined = await PlaceOrderAsync(client, cartId, "tok_decline");
        var cart = (await client.DataAsync("query($id: ID!) { cart(id: $id) { completed } }", new { id = cartId }))["cart"]!;

        Assert.Equal("PAYMENT_DECLINED", SingleError(declined)["code"]!.GetValue<string>());
        Assert.Null(declined["order"]);
        Assert.False(cart["completed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ACapturedPaymentWebhookMovesTheOrderOn()
    {
        using var client = Factory.CreateClient();
        var (orderId, token) = await OrderAsync(client);
        await using var database = OpenDatabase();

        await SendWebhookAsync(client, "payment.captured", await AuthorizationIdAsync(database, orderId));

        var order = (await client.DataAsync(Operation("Order"), new { id = orderId, token }))["order"]!;
        Assert.Equal("PAYMENT_CAPTURED", order["status"]!.GetValue<string>());
        Assert.Equal("sandbox-webhook", order["events"]!.AsArray().Last()!["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task NodeAnswersNullWithoutErrorForOrderIdsWhetherOrNotTheOrderExists()
    {
        using var client = Factory.CreateClient();
        var (orderId, _) = await OrderAsync(client);
        var missing = GlobalId.Encode("Order", Guid.NewGuid());

        var response = await client.PostAsync(
            "query($a: ID!, $b: ID!) { placed: node(id: $a) { id } missing: node(id: $b) { id } nodes(ids: [$a, $b]) { id } }",
            new { a = orderId, b = missing });

        Assert.False(response.ContainsKey("errors"), response.ToJsonString());
        var data = response["data"]!;
        Assert.Null(data["placed"]);
        Assert.Null(data["missing"]);
        Assert.Equal([null, null], data["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AnUnsupportedPaymentMethodIsRefusedListingTheSupportedOnes()
    {
        using var client = Factory.CreateClient();
        var (variantId, _, _) = await PhysicalVariantAsync(client, 1);
        var cartId = await ReadyCartAsync(client, variantId, 1);

        var payload = (await client.DataAsync(
            """
            mutation($cartId: ID!, $key: String!) {
              placeOrder(input: { cartId: $cartId, payment: { method: "bitcoin", token: "tok_approve" }, idempotencyKey: $key }) {
                order { id } errors { code message path ... on CartError { supportedPaymentMethods } } } }
            """,
            new { cartId, key = Guid.NewGuid().ToString() }))["placeOrder"]!;

        var error = SingleError(payload);
        Assert.Null(payload["order"]);
        Assert.Equal("UNSUPPORTED_PAYMENT_METHOD", error["code"]!.GetValue<string>());
        Assert.Equal(["payment", "method"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(["card"], error["supportedPaymentMethods"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Contains("card", error["message"]!.GetValue<string>());
        AssertNoErrors(await PlaceOrderAsync(client, cartId));
    }

    [Fact]
    public async Task NotFoundErrorsNameTheGlobalIdTheClientSentNeverADatabaseId()
    {
        using var client = Factory.CreateClient();
        var (variantId, _, _) = await PhysicalVariantAsync(client, 1);
        var cartId = (await CreateCartAsync(client, new { lines = new[] { new { variantId, quantity = 1 } } }))["cart"]!["id"]!.GetValue<string>();
        var (unknownVariant, unknownLine) = (Guid.NewGuid(), Guid.NewGuid());

        var variantError = SingleError((await client.DataAsync(Operation("AddToCart"), new { cartId, variantId = GlobalId.Encode("ProductVariant", unknownVariant), quantity = 1 }))["addCartLines"]!);
        var lineError = SingleError((await client.DataAsync(Operation("UpdateCartLine"), new { cartId, lineId = GlobalId.Encode("CartLine", unknownLine), quantity = 2 }))["updateCartLines"]!);

        Assert.Equal("VARIANT_NOT_FOUND", variantError["code"]!.GetValue<string>());
        Assert.Contains(GlobalId.Encode("ProductVariant", unknownVariant), variantError["message"]!.GetValue<string>());
        Assert.DoesNotContain(unknownVariant.ToString(), variantError["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("LINE_NOT_FOUND", lineError["code"]!.GetValue<string>());
        Assert.Contains(GlobalId.Encode("CartLine", unknownLine), lineError["message"]!.GetValue<string>());
        Assert.DoesNotContain(unknownLine.ToString(), lineError["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnOrderLineIsTitledLikeTheCartLineItCameFromInTheProductsOptionOrder()
    {
        using var client = Factory.CreateClient();
        var product = (await client.DataAsync("{ product(slug: \"nimbus-pro-15\") { options { name } variants { id selectedOptions { name value } } } }"))["product"]!;
        var variant = product["variants"]![0]!;
        var optionOrder = product["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).ToList();
        var expected = string.Join(" / ", optionOrder.Select(name =>
            variant["selectedOptions"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == name)!["value"]!.GetValue<string>()));
        var cartId = await ReadyCartAsync(client, variant["id"]!.GetValue<string>(), 1);
        var cartTitle = (await client.DataAsync("query($id: ID!) { cart(id: $id) { lines { variant { title } } } }", new { id = cartId }))["cart"]!["lines"]![0]!["variant"]!["title"]!.GetValue<string>();

        var placed = await PlaceOrderAsync(client, cartId);

        AssertNoErrors(placed);
        Assert.Equal(expected, cartTitle);
        Assert.Equal(expected, placed["order"]!["lines"]![0]!["variantTitle"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACaptureOfLessThanTheOrderTotalIsRefusedAndTheOrderStaysUnpaid()
    {
        using var client = Factory.CreateClient();
        var (orderId, token) = await OrderAsync(client);
        await using var database = OpenDatabase();
        var authorization = await AuthorizationIdAsync(database, orderId);

        using var forged = await PostWebhookAsync(client, "payment.captured", authorization, amount: 0.01m);
        var refusal = JsonNode.Parse(await forged.Content.ReadAsStringAsync())!;
        var afterForgery = (await client.DataAsync(Operation("Order"), new { id = orderId, token }))["order"]!;
        await SendWebhookAsync(client, "payment.captured", authorization);
        var afterCapture = (await client.DataAsync(Operation("Order"), new { id = orderId, token }))["order"]!;

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.Equal("AMOUNT_MISMATCH", refusal["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(refusal["error"]!.GetValue<string>()));
        Assert.Equal("PAYMENT_AUTHORIZED", afterForgery["status"]!.GetValue<string>());
        Assert.Equal("PAYMENT_CAPTURED", afterCapture["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARefundOfPartOfTheCaptureIsRefusedAndTheOrderIsNotRefunded()
    {
        using var client = Factory.CreateClient();
        var (orderId, token) = await OrderAsync(client);
        await using var database = OpenDatabase();
        var authorization = await AuthorizationIdAsync(database, orderId);
        await SendWebhookAsync(client, "payment.captured", authorization);

        using var partial = await PostWebhookAsync(client, "payment.refunded", authorization, amount: 0.01m);
        var order = (await client.DataAsync(Operation("Order"), new { id = orderId, token }))["order"]!;

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, partial.StatusCode);
        Assert.Equal("AMOUNT_MISMATCH", JsonNode.Parse(await partial.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        Assert.Equal("PAYMENT_CAPTURED", order["status"]!.GetValue<string>());
    }

    private static JsonObject SingleError(JsonNode payload) => Assert.Single(payload["errors"]!.AsArray())!.AsObject();

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Storefront;

namespace Headless.Api.Tests.Identity;

/// <summary>The account operations a storefront sends, over HTTP, with or without an access token.</summary>
public static class AccountSteps
{
    public const string Password = "correct horse battery staple";

    public const string AuthFields = "accessToken expiresAt refreshToken refreshTokenExpiresAt customer { id email emailVerified firstName lastName } cart { id lines { quantity variant { id } } } errors { code message path field retryAfter }";

    public static string NewEmail() => $"shopper-{Guid.NewGuid():N}@example.com";

    /// <summary>Runs one operation; with <paramref name="token"/> as <c>Authorization: Bearer</c>. Fails on HTTP or GraphQL errors.</summary>
    public static async Task<JsonObject> RunAsync(this HttpClient client, string query, object? variables = null, string? token = null)
    {
        var response = await client.SendRawAsync(query, variables, token);
        Assert.True(response.Status == 200, $"HTTP {response.Status}: {response.Body}");
        Assert.False(response.Body.ContainsKey("errors"), response.Body.ToJsonString());
        return response.Body["data"]!.AsObject();
    }

    public static async Task<(int Status, JsonObject Body)> SendRawAsync(this HttpClient client, string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    public static async Task<JsonObject> SignUpAsync(this HttpClient client, string email, string password = Password, string? cartId = null) =>
        (await client.RunAsync(
            $"mutation($input: SignUpInput!) {{ signUp(input: $input) {{ {AuthFields} }} }}",
            new { input = new { email, password, firstName = "Ada", lastName = "Lovelace", cartId } }))["signUp"]!.AsObject();

    public static async Task<JsonObject> SignInAsync(this HttpClient client, string email, string password = Password, string? cartId = null) =>
        (await client.RunAsync(
            $"mutation($input: SignInInput!) {{ signIn(input: $input) {{ {AuthFields} }} }}",
            new { input = new { email, password, cartId } }))["signIn"]!.AsObject();

    public static async Task<JsonObject> RefreshAsync(this HttpClient client, string refreshToken) =>
        (await client.RunAsync(
            $"mutation($t: String!) {{ refreshSession(input: {{ refreshToken: $t }}) {{ {AuthFields} }} }}",
            new { t = refreshToken }))["refreshSession"]!.AsObject();

    /// <summary>A new account, signed in: its access and refresh tokens.</summary>
    public static async Task<(string Email, string AccessToken, string RefreshToken)> NewAccountAsync(this HttpClient client)
    {
        var email = NewEmail();
        var payload = await client.SignUpAsync(email);
        AssertNoErrors(payload);
        return (email, payload["accessToken"]!.GetValue<string>(), payload["refreshToken"]!.GetValue<string>());
    }

    public static async Task<JsonObject?> MeAsync(this HttpClient client, string? token) =>
        (await client.RunAsync("{ me { id email emailVerified firstName lastName phone } }", token: token))["me"] as JsonObject;

    /// <summary>A cart with one unit of a physical variant, the email, a Berlin address and standard shipping.</summary>
    public static async Task<string> ReadyCartAsync(this HttpClient client, string email, string? token = null, int skip = 0)
    {
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 2, skip);
        var created = (await client.RunAsync(CheckoutSteps.Operation("CreateCart"), new { input = new { email, lines = new[] { new { variantId, quantity = 1 } } } }, token))["createCart"]!;
        AssertNoErrors(created);
        var cartId = created["cart"]!["id"]!.GetValue<string>();
        AssertNoErrors((await client.RunAsync(CheckoutSteps.Operation("SetAddress"), new { cartId, address = CheckoutSteps.BerlinAddress }, token))["setCartShippingAddress"]!);
        AssertNoErrors((await client.RunAsync(CheckoutSteps.Operation("SetShipping"), new { cartId, code = "STANDARD" }, token))["setCartShippingMethod"]!);
        return cartId;
    }

    /// <summary>Places the order of a ready cart; its global ID.</summary>
    public static async Task<string> PlaceAsync(this HttpClient client, string cartId, string? token = null)
    {
        var placed = (await client.RunAsync(CheckoutSteps.Operation("PlaceOrder"), new { cartId, paymentToken = "tok_approve", idempotencyKey = Guid.NewGuid().ToString() }, token))["placeOrder"]!;
        AssertNoErrors(placed);
        return placed["order"]!["id"]!.GetValue<string>();
    }

    public static void AssertNoErrors(JsonNode payload) =>
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload["errors"]!.ToJsonString());

    public static string ErrorCode(JsonNode payload) => payload["errors"]![0]!["code"]!.GetValue<string>();
}

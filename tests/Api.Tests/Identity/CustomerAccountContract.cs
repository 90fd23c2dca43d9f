using System.Text.Json.Nodes;
using Headless.Api.Tests.Storefront;
using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Notifications;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Identity;

/// <summary>Customer accounts through the storefront API; run on SQLite and on PostgreSQL.</summary>
public abstract class CustomerAccountContract
{
    /// <summary>Budgets no test here reaches: throttling has its own tests.</summary>
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Accounts:Throttling:AddressFreeAttempts"] = "100000",
        ["Accounts:Throttling:SignUpsPerAddress"] = "100000",
        ["RateLimiting:Mutations:PermitLimit"] = "100000",
        ["RateLimiting:CartCreation:PermitLimit"] = "100000",
        ["Authentication:SessionCheckCacheDuration"] = "00:00:00",
    };

    protected abstract StorefrontApiFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    [Fact]
    public async Task SignUpSignsTheNewCustomerInAndMeShowsTheProfile()
    {
        var email = AccountSteps.NewEmail();
        var payload = await Client.SignUpAsync(email.ToUpperInvariant());

        AccountSteps.AssertNoErrors(payload);
        Assert.Equal(email, payload["customer"]!["email"]!.GetValue<string>());
        Assert.StartsWith("hr_", payload["refreshToken"]!.GetValue<string>(), StringComparison.Ordinal);
        var me = await Client.MeAsync(payload["accessToken"]!.GetValue<string>());
        Assert.Equal(email, me!["email"]!.GetValue<string>());
        Assert.False(me["emailVerified"]!.GetValue<bool>());
        Assert.Equal("Ada", me["firstName"]!.GetValue<string>());
        Assert.Null(await Client.MeAsync(null));
    }

    [Fact]
    public async Task ARegisteredEmailIsTakenWhateverItsCase()
    {
        var (email, _, _) = await Client.NewAccountAsync();
        var again = await Client.SignUpAsync("  " + email.ToUpperInvariant() + " ", "another long passphrase");

        Assert.Equal("EMAIL_TAKEN", AccountSteps.ErrorCode(again));
        Assert.Null(again["accessToken"]);
    }

    [Theory]
    [InlineData("short1!")]
    [InlineData("password123")]
    [InlineData("Qwertyuiop")]
    [InlineData("1234567890")]
    public async Task ShortAndCommonPasswordsAreWeak(string password)
    {
        var payload = await Client.SignUpAsync(AccountSteps.NewEmail(), password);

        Assert.Equal("WEAK_PASSWORD", AccountSteps.ErrorCode(payload));
        Assert.Equal("password", payload["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmailGetTheSameAnswer()
    {
        var (email, _, _) = await Client.NewAccountAsync();

        var wrongPassword = await Client.SignInAsync(email, "not the right password");
        var unknownEmail = await Client.SignInAsync(AccountSteps.NewEmail(), AccountSteps.Password);

        Assert.Equal("INVALID_CREDENTIALS", AccountSteps.ErrorCode(wrongPassword));
        Assert.Equal(wrongPassword["errors"]!.ToJsonString(), unknownEmail["errors"]!.ToJsonString());
        var signedIn = await Client.SignInAsync(email.ToUpperInvariant());
        AccountSteps.AssertNoErrors(signedIn);
    }

    [Fact]
    public async Task RefreshRotatesTheRefreshToken()
    {
        var (_, _, refresh) = await Client.NewAccountAsync();

        var next = await Client.RefreshAsync(refresh);

        AccountSteps.AssertNoErrors(next);
        Assert.NotEqual(refresh, next["refreshToken"]!.GetValue<string>());
        Assert.NotNull(await Client.MeAsync(next["accessToken"]!.GetValue<string>()));
        AccountSteps.AssertNoErrors(await Client.RefreshAsync(next["refreshToken"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ReusedRefreshTokenRevokesTheWholeFamily()
    {
        var (_, access, first) = await Client.NewAccountAsync();
        var second = await Client.RefreshAsync(first);
        var secondAccess = second["accessToken"]!.GetValue<string>();
        var secondRefresh = second["refreshToken"]!.GetValue<string>();

        var reuse = await Client.RefreshAsync(first);

        Assert.Equal("INVALID_TOKEN", AccountSteps.ErrorCode(reuse));
        Assert.Equal("INVALID_TOKEN", AccountSteps.ErrorCode(await Client.RefreshAsync(secondRefresh)));
        Assert.Equal(401, (await Client.SendRawAsync("{ me { id } }", token: secondAccess)).Status);
        Assert.Equal(401, (await Client.SendRawAsync("{ me { id } }", token: access)).Status);
    }

    [Fact]
    public async Task TwoRacingRefreshesOfOneTokenLetAtMostOneThrough()
    {
        var (_, _, refresh) = await Client.NewAccountAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Client.RefreshAsync(refresh)));

        Assert.True(results.Count(r => r["errors"]!.AsArray().Count == 0) <= 1, string.Join('\n', results.Select(r => r.ToJsonString())));
    }

    [Fact]
    public async Task SignOutEndsTheSessionOfTheAccessToken()
    {
        var (_, access, refresh) = await Client.NewAccountAsync();

        var signedOut = (await Client.RunAsync("mutation { signOut { errors { code } } }", token: access))["signOut"]!;

        AccountSteps.AssertNoErrors(signedOut);
        Assert.Equal(401, (await Client.SendRawAsync("{ me { id } }", token: access)).Status);
        Assert.Equal("INVALID_TOKEN", AccountSteps.ErrorCode(await Client.RefreshAsync(refresh)));
        Assert.Equal("UNAUTHENTICATED", AccountSteps.ErrorCode((await Client.RunAsync("mutation { signOut { errors { code } } }"))["signOut"]!));
    }

    [Fact]
    public async Task PasswordResetSetsANewPasswordOnceAndEndsEverySession()
    {
        var (email, access, _) = await Client.NewAccountAsync();
        const string Request = "mutation($e: String!) { requestPasswordReset(input: { email: $e }) { errors { code } } }";
        const string Reset = "mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) { customer { email emailVerified } errors { code field } } }";
        var unknown = AccountSteps.NewEmail();
        AccountSteps.AssertNoErrors((await Client.RunAsync(Request, new { e = unknown }))["requestPasswordReset"]!);
        AccountSteps.AssertNoErrors((await Client.RunAsync(Request, new { e = email }))["requestPasswordReset"]!);

        Assert.DoesNotContain(Sink.Sent, m => m.To == unknown);
        var token = TokenFrom(Sink.Sent.Last(m => m.To == email && m.Kind == "password-reset"));
        Assert.Equal("WEAK_PASSWORD", AccountSteps.ErrorCode((await Client.RunAsync(Reset, new { t = token, p = "short" }))["resetPassword"]!));
        var reset = (await Client.RunAsync(Reset, new { t = token, p = "a brand new passphrase" }))["resetPassword"]!;

        AccountSteps.AssertNoErrors(reset);
        Assert.True(reset["customer"]!["emailVerified"]!.GetValue<bool>());
        Assert.Equal("INVALID_TOKEN", AccountSteps.ErrorCode((await Client.RunAsync(Reset, new { t = token, p = "yet another passphrase" }))["resetPassword"]!));
        Assert.Equal(401, (await Client.SendRawAsync("{ me { id } }", token: access)).Status);
        Assert.Equal("INVALID_CREDENTIALS", AccountSteps.ErrorCode(await Client.SignInAsync(email)));
        AccountSteps.AssertNoErrors(await Client.SignInAsync(email, "a brand new passphrase"));
    }

    [Fact]
    public async Task ChangePasswordEndsTheOtherSessionsAndKeepsThisOne()
    {
        var (email, thisSession, _) = await Client.NewAccountAsync();
        var other = (await Client.SignInAsync(email))["accessToken"]!.GetValue<string>();
        const string Change = "mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { customer { email } errors { code field } } }";

        var wrong = (await Client.RunAsync(Change, new { c = "not my password", n = "another fine passphrase" }, thisSession))["changePassword"]!;
        Assert.Equal("INVALID_CREDENTIALS", AccountSteps.ErrorCode(wrong));
        var changed = (await Client.RunAsync(Change, new { c = AccountSteps.Password, n = "another fine passphrase" }, thisSession))["changePassword"]!;

        AccountSteps.AssertNoErrors(changed);
        Assert.NotNull(await Client.MeAsync(thisSession));
        Assert.Equal(401, (await Client.SendRawAsync("{ me { id } }", token: other)).Status);
        AccountSteps.AssertNoErrors(await Client.SignInAsync(email, "another fine passphrase"));
        Assert.Equal("UNAUTHENTICATED", AccountSteps.ErrorCode((await Client.RunAsync(Change, new { c = "x", n = "y" }))["changePassword"]!));
    }

    [Fact]
    public async Task VerifyingTheEmailWorksOnceWithTheTokenFromTheEmail()
    {
        var (email, access, _) = await Client.NewAccountAsync();
        AccountSteps.AssertNoErrors((await Client.RunAsync("mutation { requestEmailVerification { errors { code } } }", token: access))["requestEmailVerification"]!);
        var token = TokenFrom(Sink.Sent.Last(m => m.To == email && m.Kind == "email-verification"));
        const string Verify = "mutation($t: String!) { verifyEmail(input: { token: $t }) { customer { emailVerified } errors { code } } }";

        var verified = (await Client.RunAsync(Verify, new { t = token }))["verifyEmail"]!;

        Assert.True(verified["customer"]!["emailVerified"]!.GetValue<bool>());
        Assert.True((await Client.MeAsync(access))!["emailVerified"]!.GetValue<bool>());
        Assert.Equal("INVALID_TOKEN", AccountSteps.ErrorCode((await Client.RunAsync(Verify, new { t = token }))["verifyEmail"]!));
        Assert.Equal("INVALID_TOKEN", AccountSteps.ErrorCode((await Client.RunAsync(Verify, new { t = "made-up" }))["verifyEmail"]!));
    }

    [Fact]
    public async Task TheProfileCanBeChangedAndCleared()
    {
        var (_, access, _) = await Client.NewAccountAsync();
        const string Update = "mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { customer { firstName lastName phone } errors { code field } } }";

        var updated = (await Client.RunAsync(Update, new { i = new { phone = "+49 30 1234567", lastName = "" } }, access))["updateMyProfile"]!;

        Assert.Equal("Ada", updated["customer"]!["firstName"]!.GetValue<string>());
        Assert.Null(updated["customer"]!["lastName"]);
        Assert.Equal("+49 30 1234567", updated["customer"]!["phone"]!.GetValue<string>());
        Assert.Equal("INVALID_PROFILE", AccountSteps.ErrorCode((await Client.RunAsync(Update, new { i = new { firstName = new string('a', 101) } }, access))["updateMyProfile"]!));
    }

    [Fact]
    public async Task TheAddressBookKeepsOneDefault()
    {
        var (_, access, _) = await Client.NewAccountAsync();
        const string Fields = "address { id isDefault address { city postalCode } } customer { addresses { id isDefault } defaultAddress { id } } errors { code field }";
        var home = (await Client.RunAsync($"mutation($a: AddressInput!) {{ addAddress(input: {{ address: $a }}) {{ {Fields} }} }}", new { a = Berlin("10115") }, access))["addAddress"]!;
        var work = (await Client.RunAsync($"mutation($a: AddressInput!) {{ addAddress(input: {{ address: $a, setDefault: true }}) {{ {Fields} }} }}", new { a = Berlin("10117") }, access))["addAddress"]!;
        var homeId = home["address"]!["id"]!.GetValue<string>();
        var workId = work["address"]!["id"]!.GetValue<string>();

        Assert.True(home["address"]!["isDefault"]!.GetValue<bool>());
        Assert.Equal(workId, work["customer"]!["defaultAddress"]!["id"]!.GetValue<string>());
        var updated = (await Client.RunAsync($"mutation($id: ID!, $a: AddressInput!) {{ updateAddress(input: {{ id: $id, address: $a }}) {{ {Fields} }} }}", new { id = homeId, a = Berlin("10119") }, access))["updateAddress"]!;
        Assert.Equal("10119", updated["address"]!["address"]!["postalCode"]!.GetValue<string>());
        var defaulted = (await Client.RunAsync($"mutation($id: ID!) {{ setDefaultAddress(input: {{ id: $id }}) {{ {Fields} }} }}", new { id = homeId }, access))["setDefaultAddress"]!;
        Assert.Equal(homeId, defaulted["customer"]!["defaultAddress"]!["id"]!.GetValue<string>());
        var deleted = (await Client.RunAsync($"mutation($id: ID!) {{ deleteAddress(input: {{ id: $id }}) {{ {Fields} }} }}", new { id = homeId }, access))["deleteAddress"]!;
        Assert.Equal(workId, deleted["customer"]!["defaultAddress"]!["id"]!.GetValue<string>());
        Assert.Single(deleted["customer"]!["addresses"]!.AsArray());

        var invalid = (await Client.RunAsync($"mutation($a: AddressInput!) {{ addAddress(input: {{ address: $a }}) {{ {Fields} }} }}", new { a = Berlin("ABC") }, access))["addAddress"]!;
        Assert.Equal("INVALID_ADDRESS", AccountSteps.ErrorCode(invalid));
        Assert.Equal("postalCode", invalid["errors"]![0]!["field"]!.GetValue<string>());
        var (_, stranger, _) = await Client.NewAccountAsync();
        var foreign = (await Client.RunAsync($"mutation($id: ID!) {{ deleteAddress(input: {{ id: $id }}) {{ {Fields} }} }}", new { id = workId }, stranger))["deleteAddress"]!;
        Assert.Equal("ADDRESS_NOT_FOUND", AccountSteps.ErrorCode(foreign));
        var anonymous = (await Client.RunAsync($"mutation($a: AddressInput!) {{ addAddress(input: {{ address: $a }}) {{ {Fields} }} }}", new { a = Berlin("10115") }))["addAddress"]!;
        Assert.Equal("UNAUTHENTICATED", AccountSteps.ErrorCode(anonymous));
    }

    [Fact]
    public async Task OrdersPlacedSignedInAndVerifiedGuestOrdersAreTheCustomersNewestFirst()
    {
        var (email, access, _) = await Client.NewAccountAsync();
        var guestOrder = await Client.PlaceAsync(await Client.ReadyCartAsync(email.ToUpperInvariant()));
        var cartId = await Client.ReadyCartAsync(email, access);
        Assert.Equal(cartId, (await Client.RunAsync("{ me { cart { id } } }", token: access))["me"]!["cart"]!["id"]!.GetValue<string>());
        var first = await Client.PlaceAsync(cartId, access);
        var second = await Client.PlaceAsync(await Client.ReadyCartAsync(email, access, skip: 1), access);
        const string Orders = "query($after: String) { me { orders(first: 1, after: $after) { edges { cursor node { id email } } pageInfo { hasNextPage endCursor } } } }";

        var page1 = (await Client.RunAsync(Orders, new { after = (string?)null }, access))["me"]!["orders"]!;
        var page2 = (await Client.RunAsync(Orders, new { after = page1["pageInfo"]!["endCursor"]!.GetValue<string>() }, access))["me"]!["orders"]!;

        Assert.Equal(second, page1["edges"]![0]!["node"]!["id"]!.GetValue<string>());
        Assert.True(page1["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(first, page2["edges"]![0]!["node"]!["id"]!.GetValue<string>());
        Assert.False(page2["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Null((await Client.RunAsync("{ me { cart { id } } }", token: access))["me"]!["cart"]);

        const string One = "query($id: ID!) { me { order(id: $id) { id number } } }";
        Assert.Equal(first, (await Client.RunAsync(One, new { id = first }, access))["me"]!["order"]!["id"]!.GetValue<string>());
        Assert.Null((await Client.RunAsync(One, new { id = guestOrder }, access))["me"]!["order"]);
        var (_, stranger, _) = await Client.NewAccountAsync();
        Assert.Null((await Client.RunAsync(One, new { id = first }, stranger))["me"]!["order"]);

        // The guest order joins once the email is verified.
        AccountSteps.AssertNoErrors((await Client.RunAsync("mutation { requestEmailVerification { errors { code } } }", token: access))["requestEmailVerification"]!);
        var token = TokenFrom(Sink.Sent.Last(m => m.To == email && m.Kind == "email-verification"));
        await Client.RunAsync("mutation($t: String!) { verifyEmail(input: { token: $t }) { errors { code } } }", new { t = token });
        var all = (await Client.RunAsync("{ me { orders { edges { node { id } } } } }", token: access))["me"]!["orders"]!["edges"]!.AsArray();
        Assert.Equal([second, first, guestOrder], all.Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.Equal(guestOrder, (await Client.RunAsync(One, new { id = guestOrder }, access))["me"]!["order"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignInMergesTheGuestCartIntoTheAccountsCart()
    {
        var (email, access, _) = await Client.NewAccountAsync();
        var (a, _, _) = await Headless.Api.Tests.Checkout.CheckoutSteps.PhysicalVariantAsync(Client, 3);
        var (b, _, _) = await Headless.Api.Tests.Checkout.CheckoutSteps.PhysicalVariantAsync(Client, 3, skip: 1);
        const string Create = "mutation($v: ID!) { createCart(input: { lines: [{ variantId: $v, quantity: 1 }] }) { cart { id } errors { code } } }";
        var accountCart = (await Client.RunAsync(Create, new { v = a }, access))["createCart"]!["cart"]!["id"]!.GetValue<string>();
        var guestCart = (await Client.RunAsync(Create, new { v = b }))["createCart"]!["cart"]!["id"]!.GetValue<string>();

        var signedIn = await Client.SignInAsync(email, cartId: guestCart);

        AccountSteps.AssertNoErrors(signedIn);
        Assert.Equal(accountCart, signedIn["cart"]!["id"]!.GetValue<string>());
        var variants = signedIn["cart"]!["lines"]!.AsArray().Select(l => l!["variant"]!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(a, variants);
        Assert.Contains(b, variants);
        Assert.Empty((await Client.RunAsync("query($id: ID!) { cart(id: $id) { lines { id } } }", new { id = guestCart }))["cart"]!["lines"]!.AsArray());

        // Without an account cart, the guest cart becomes it.
        var (fresh, _, _) = await Client.NewAccountAsync();
        var another = (await Client.RunAsync(Create, new { v = b }))["createCart"]!["cart"]!["id"]!.GetValue<string>();
        Assert.Equal(another, (await Client.SignInAsync(fresh, cartId: another))["cart"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExportHoldsEverythingAndDeletionErasesItButKeepsTheOrders()
    {
        var (email, access, refresh) = await Client.NewAccountAsync();
        await Client.RunAsync("mutation($a: AddressInput!) { addAddress(input: { address: $a }) { errors { code } } }", new { a = Berlin("10115") }, access);
        var orderId = await Client.PlaceAsync(await Client.ReadyCartAsync(email, access), access);
        var customerId = Headless.Api.Storefront.GlobalId.Decode((await Client.MeAsync(access))!["id"]!.GetValue<string>(), "Customer");

        var export = (await Client.RunAsync("mutation { exportMyData { data errors { code } } }", token: access))["exportMyData"]!;
        var data = JsonNode.Parse(export["data"]!.GetValue<string>())!;
        Assert.Equal(email, data["account"]!["email"]!.GetValue<string>());
        Assert.Equal("10115", data["addresses"]![0]!["address"]!["postalCode"]!.GetValue<string>());
        Assert.Single(data["orders"]!.AsArray());
        Assert.NotEmpty(data["sessions"]!.AsArray());

        const string Delete = "mutation($p: String!) { deleteMyAccount(input: { password: $p }) { deleted errors { code } } }";
        var refused = (await Client.RunAsync(Delete, new { p = "not the password" }, access))["deleteMyAccount"]!;
        Assert.False(refused["deleted"]!.GetValue<bool>());
        Assert.Equal("INVALID_CREDENTIALS", AccountSteps.ErrorCode(refused));
        var deleted = (await Client.RunAsync(Delete, new { p = AccountSteps.Password }, access))["deleteMyAccount"]!;

        Assert.True(deleted["deleted"]!.GetValue<bool>());
        Assert.Equal(401, (await Client.SendRawAsync("{ me { id } }", token: access)).Status);
        Assert.Equal("INVALID_TOKEN", AccountSteps.ErrorCode(await Client.RefreshAsync(refresh)));
        Assert.Equal("INVALID_CREDENTIALS", AccountSteps.ErrorCode(await Client.SignInAsync(email)));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == Headless.Api.Storefront.GlobalId.Decode(orderId, "Order"));
            Assert.Equal(Headless.Domain.Ordering.Order.ErasedEmail, order.Email);
            Assert.Null(order.ShippingAddress!.Line1);
            Assert.Equal("DE", order.ShippingAddress.CountryCode);
            Assert.NotEqual(0m, order.Total.Amount);
            Assert.False(await db.CustomerAddresses.AnyAsync(a => a.CustomerId == customerId));
            var tombstone = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId);
            Assert.Equal(string.Empty, tombstone.EmailProtected);
            Assert.Null(tombstone.FirstNameProtected);
        }

        // The address is free again.
        AccountSteps.AssertNoErrors(await Client.SignUpAsync(email));
    }

    [Fact]
    public async Task PersonalDataIsEncryptedAtRestAndFoundThroughTheBlindIndex()
    {
        var (email, access, _) = await Client.NewAccountAsync();
        await Client.RunAsync("mutation($a: AddressInput!) { addAddress(input: { address: $a }) { errors { code } } }", new { a = Berlin("10115") }, access);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var id = Headless.Api.Storefront.GlobalId.Decode((await Client.MeAsync(access))!["id"]!.GetValue<string>(), "Customer");
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == id);
        var address = await db.CustomerAddresses.AsNoTracking().SingleAsync(a => a.CustomerId == id);

        Assert.DoesNotContain("example.com", customer.EmailProtected, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ada", customer.FirstNameProtected!, StringComparison.Ordinal);
        Assert.DoesNotContain("Berlin", address.AddressProtected, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", customer.EmailIndex);
        Assert.NotEqual(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email))), customer.EmailIndex);
    }

    [Fact]
    public async Task NoPasswordTokenOrEmailReachesTheLog()
    {
        var (email, access, refresh) = await Client.NewAccountAsync();
        await Client.SignInAsync(email, "a wrong password here");
        await Client.RunAsync("mutation($e: String!) { requestPasswordReset(input: { email: $e }) { errors { code } } }", new { e = email });

        var logged = string.Join('\n', Factory.Logs.Entries.Select(e => e.Message + e.Exception));
        Assert.DoesNotContain(email, logged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(AccountSteps.Password, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("a wrong password here", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(access, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(refresh, logged, StringComparison.Ordinal);
        Assert.Contains("password-reset", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionInitWithTheAccessTokenRunsOperationsAsTheCustomer()
    {
        var (email, access, _) = await Client.NewAccountAsync();
        using var socket = await GraphQLWebSocket.ConnectAsync(Factory.Server);
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {access}" } });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());

        await socket.SendAsync(new { type = "subscribe", id = "1", payload = new { query = "{ me { email } }" } });
        var next = await socket.ReceiveAsync();

        Assert.Equal(email, next?["payload"]?["data"]?["me"]?["email"]?.GetValue<string>());
    }

    private DevelopmentEmailSink Sink => Factory.Services.GetRequiredService<DevelopmentEmailSink>();

    private static object Berlin(string postalCode) =>
        new { firstName = "Ada", lastName = "Lovelace", line1 = "Hauptstraße 1", city = "Berlin", postalCode, countryCode = "DE" };

    private static string TokenFrom(EmailMessage message)
    {
        var marker = message.Body.LastIndexOf(": ", StringComparison.Ordinal) + 2;
        var end = message.Body.IndexOf('\n', marker);
        return (end < 0 ? message.Body[marker..] : message.Body[marker..end]).Trim();
    }
}

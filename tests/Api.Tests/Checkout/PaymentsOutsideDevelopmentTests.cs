using Headless.Api.Tests.Support;
using Headless.Infrastructure.Payments.Webhooks;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Checkout;

/// <summary>What a server outside Development does about the sandbox provider and its development secret.</summary>
public sealed class PaymentsOutsideDevelopmentTests
{
    [Fact]
    public async Task InProductionTheSandboxIsOffUnlessEnabledSoPlaceOrderIsPaymentUnavailable()
    {
        await using var api = new HeadlessApiFactory { Environment = "Production", WithSandbox = false };
        using var client = api.CreateClient();
        var (variantId, _, _) = await PhysicalVariantAsync(client, 1);
        var cartId = await ReadyCartAsync(client, variantId, 1);

        var placed = await PlaceOrderAsync(client, cartId, "tok_approve");

        var error = Assert.Single(placed["errors"]!.AsArray())!;
        Assert.Equal("PAYMENT_UNAVAILABLE", error["code"]!.GetValue<string>());
        Assert.Null(placed["order"]);
    }

    [Fact]
    public async Task TheServerRefusesToStartOutsideDevelopmentWhileTheWebhookSecretIsTheDevelopmentValue()
    {
        var database = Path.Combine(Path.GetTempPath(), $"headless-refused-{Guid.NewGuid():N}.db");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ApiServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Headless"] = $"Data Source={database}",
            ["Payments__Sandbox__Enabled"] = "true",
            ["Payments__Sandbox__WebhookSecret"] = SandboxWebhookOptions.DevelopmentWebhookSecret,
        }));

        Assert.Contains("The API exited with 1", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Refusing to start: Payments:Sandbox:WebhookSecret", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SandboxWebhookOptions.DevelopmentWebhookSecret, refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(database), "The refused server must not have touched the database.");
    }
}

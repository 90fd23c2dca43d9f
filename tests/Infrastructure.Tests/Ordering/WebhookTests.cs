using System.Text.Json;
using Headless.Domain.Catalog;
using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Payments.Webhooks;
using Headless.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Ordering;

public sealed class WebhookTests : IDisposable
{
    private const string Secret = "whsec_sandbox_development_only";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Signs and sends a sandbox webhook for the order's payment, as the sandbox would.</summary>
    internal static async Task<WebhookOutcome> SendAsync(SandboxWebhookProcessor processor, string id, string type, OrderingHost host, Guid orderId, DateTimeOffset? at = null, string secret = Secret)
    {
        var authorization = await host.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId).Select(p => p.AuthorizationId).SingleAsync());
        var body = Body(id, type, authorization);
        return await processor.ProcessAsync(SandboxWebhookSignature.Sign(secret, at ?? DateTimeOffset.UtcNow, body), body);
    }

    private static string Body(string id, string type, string authorizationId) =>
        JsonSerializer.Serialize(new { id, type, data = new { authorizationId } });

    [Fact]
    public async Task ASignedCaptureMovesTheOrderOnAndWritesTheEventToTheOutbox()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("capture.db"));
        var order = await PlaceAsync(host);

        var outcome = await host.InScopeAsync<SandboxWebhookProcessor, WebhookOutcome>(p => SendAsync(p, "evt_1", SandboxWebhookEvent.Captured, host, order));

        Assert.Equal(WebhookOutcome.Processed, outcome);
        Assert.Equal(OrderState.PaymentCaptured, await StateAsync(host, order));
        Assert.Equal(PaymentStatus.Captured, await host.WithDbAsync(db => db.Payments.Where(p => p.OrderId == order).Select(p => p.Status).SingleAsync()));
        Assert.Equal(3, await host.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task AReplayedWebhookIsIgnored()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("replay.db"));
        var order = await PlaceAsync(host);
        await host.InScopeAsync<SandboxWebhookProcessor, WebhookOutcome>(p => SendAsync(p, "evt_1", SandboxWebhookEvent.Captured, host, order));

        var again = await host.InScopeAsync<SandboxWebhookProcessor, WebhookOutcome>(p => SendAsync(p, "evt_1", SandboxWebhookEvent.Refunded, host, order));

        Assert.Equal(WebhookOutcome.Replayed, again);
        Assert.Equal(OrderState.PaymentCaptured, await StateAsync(host, order));
    }

    [Fact]
    public async Task ABadSignatureIsRefusedAndChangesNothing()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("bad.db"));
        var order = await PlaceAsync(host);

        var outcome = await host.InScopeAsync<SandboxWebhookProcessor, WebhookOutcome>(p => SendAsync(p, "evt_1", SandboxWebhookEvent.Captured, host, order, secret: "not-the-secret"));

        Assert.Equal(WebhookOutcome.BadSignature, outcome);
        Assert.Equal(OrderState.PaymentAuthorized, await StateAsync(host, order));
        Assert.Equal(0, await host.WithDbAsync(db => db.ProcessedWebhooks.CountAsync()));
    }

    [Fact]
    public async Task ATamperedBodyFailsTheSignature()
    {
        var body = Body("evt_1", SandboxWebhookEvent.Captured, "sbx_auth_1");
        var header = SandboxWebhookSignature.Sign(Secret, DateTimeOffset.UtcNow, body);

        var check = SandboxWebhookSignature.Verify(Secret, header, body.Replace("captured", "refunded"), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));

        Assert.Equal(SignatureCheck.BadSignature, check);
        Assert.Equal(SignatureCheck.Malformed, SandboxWebhookSignature.Verify(Secret, "v1=abc", body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData(-6, WebhookOutcome.Stale)]
    [InlineData(6, WebhookOutcome.Stale)]
    [InlineData(-4, WebhookOutcome.Processed)]
    public async Task WebhooksOutsideTheFiveMinuteWindowAreStale(int minutes, WebhookOutcome expected)
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("stale.db"));
        var order = await PlaceAsync(host);

        var outcome = await host.InScopeAsync<SandboxWebhookProcessor, WebhookOutcome>(p =>
            SendAsync(p, "evt_1", SandboxWebhookEvent.Captured, host, order, DateTimeOffset.UtcNow.AddMinutes(minutes)));

        Assert.Equal(expected, outcome);
    }

    [Fact]
    public async Task AFailedPaymentGivesTheStockBack()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("failed.db"));
        var variant = await host.SeedVariantAsync(onHand: 4);
        var order = (await host.PlaceOrderAsync(await host.ReadyCartAsync((variant, 3)), "k", SandboxTokens.RequiresAction)).Order!;
        Assert.Equal((OrderState.Placed, 3), (order.State, (await host.StockAsync(variant)).Allocated));

        await host.InScopeAsync<SandboxWebhookProcessor, WebhookOutcome>(p => SendAsync(p, "evt_f", SandboxWebhookEvent.Failed, host, order.Id));

        Assert.Equal(OrderState.PaymentFailed, await StateAsync(host, order.Id));
        Assert.Equal((4, 0), await host.StockAsync(variant));
    }

    [Fact]
    public async Task DigitalOrdersAreFulfilledWhenPaymentIsCaptured()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("digital.db"));
        var ebook = await host.SeedVariantAsync(onHand: 0, kind: ProductKind.Digital);
        var order = (await host.PlaceOrderAsync(await host.ReadyCartAsync((ebook, 1)), "k")).Order!;

        await host.InScopeAsync<SandboxWebhookProcessor, WebhookOutcome>(p => SendAsync(p, "evt_d", SandboxWebhookEvent.Captured, host, order.Id));

        Assert.Equal(OrderState.Fulfilled, await StateAsync(host, order.Id));
        Assert.Null(order.ShippingMethodCode);
    }

    [Fact]
    public async Task ACaptureOfLessThanTheOrderTotalIsRefusedRecordedAndChangesNothing()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("forged.db"));
        var order = await PlaceAsync(host);
        var authorization = await host.WithDbAsync(db => db.Payments.Where(p => p.OrderId == order).Select(p => p.AuthorizationId).SingleAsync());
        var body = JsonSerializer.Serialize(new { id = "evt_cent", type = SandboxWebhookEvent.Captured, data = new { authorizationId = authorization, amount = 0.01m } });

        var outcome = await host.InScopeAsync<SandboxWebhookProcessor, WebhookOutcome>(p => p.ProcessAsync(SandboxWebhookSignature.Sign(Secret, DateTimeOffset.UtcNow, body), body));

        Assert.Equal(WebhookOutcome.AmountMismatch, outcome);
        Assert.Equal(OrderState.PaymentAuthorized, await StateAsync(host, order));
        Assert.Equal((PaymentStatus.Authorized, 0m), await host.WithDbAsync(db => db.Payments.Where(p => p.OrderId == order).Select(p => new ValueTuple<PaymentStatus, decimal>(p.Status, p.CapturedAmount)).SingleAsync()));
        Assert.True(await host.WithDbAsync(db => db.ProcessedWebhooks.AnyAsync(w => w.Id == "sandbox:evt_cent")), "The refused event is recorded.");
        Assert.Contains(host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("evt_cent", StringComparison.Ordinal));
        Assert.Equal(2, await host.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    private static async Task<Guid> PlaceAsync(OrderingHost host)
    {
        var variant = await host.SeedVariantAsync(onHand: 5);
        return (await host.PlaceOrderAsync(await host.ReadyCartAsync((variant, 1)), "k")).Order!.Id;
    }

    private static Task<OrderState> StateAsync(OrderingHost host, Guid orderId) =>
        host.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.State).SingleAsync());
}

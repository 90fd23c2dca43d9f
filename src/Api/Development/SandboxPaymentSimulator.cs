using System.Text.Json;
using Headless.Api.Storefront;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Payments.Webhooks;

namespace Headless.Api.Development;

/// <summary>
/// Development only: <c>POST /dev/payments/sandbox/{orderId}/{action}</c> plays the sandbox provider and sends
/// the order's payment event (authorize, capture, fail, refund; pay for a wallet's scan, receive-funds for a bank transfer) through the real webhook path — signed with the
/// configured secret, with a fresh event id — so an order can be moved on without signing a webhook by hand.
/// Not mapped in any other environment.
/// </summary>
public static class SandboxPaymentSimulator
{
    public const string PathPrefix = "/dev/payments/sandbox";

    private static readonly IReadOnlyDictionary<string, string> EventTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["authorize"] = SandboxWebhookEvent.Authorized,

        // A wallet's "scanned and paid" and a bank's "funds received" are the same event for the order: the money came.
        ["pay"] = SandboxWebhookEvent.Authorized,
        ["receive-funds"] = SandboxWebhookEvent.Authorized,
        ["capture"] = SandboxWebhookEvent.Captured,
        ["fail"] = SandboxWebhookEvent.Failed,
        ["refund"] = SandboxWebhookEvent.Refunded,
    };

    public static WebApplication MapSandboxPaymentSimulatorInDevelopment(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapPost(PathPrefix + "/{orderId}/{action}", SimulateAsync);
        }

        return app;
    }

    private static async Task<IResult> SimulateAsync(
        string orderId,
        string action,
        OrderQueries orders,
        SandboxWebhookProcessor processor,
        SandboxWebhookOptions options,
        TimeProvider clock,
        CancellationToken ct)
    {
        if (!EventTypes.TryGetValue(action, out var type))
        {
            return Results.BadRequest(new { error = $"Unknown action '{action}'; use one of: {string.Join(", ", EventTypes.Keys)}." });
        }

        var reference = GlobalId.TryDecode(orderId) is ("Order", var id) ? await orders.GetPaymentReferenceAsync(id, ct) : null;
        if (reference is null)
        {
            return Results.NotFound(new { error = "No order with a payment has this ID; use Order.id as placeOrder returned it." });
        }

        var eventId = $"evt_dev_{Guid.NewGuid():N}";
        var body = JsonSerializer.Serialize(new { id = eventId, type, data = new { authorizationId = reference } });
        var outcome = await processor.ProcessAsync(SandboxWebhookSignature.Sign(options.WebhookSecret, clock.GetUtcNow(), body), body, ct);
        return Results.Ok(new { outcome = outcome.ToString(), eventId, type });
    }
}

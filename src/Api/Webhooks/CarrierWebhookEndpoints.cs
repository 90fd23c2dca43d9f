using Headless.Infrastructure.Payments.Webhooks;
using Headless.Infrastructure.Shipping;

namespace Headless.Api.Webhooks;

public static class CarrierWebhookEndpoints
{
    public const string Path = "/webhooks/carriers/sandbox";

    /// <summary>
    /// <c>POST /webhooks/carriers/sandbox</c>: the sandbox carrier's tracking reports, signed like the payment sandbox's
    /// (<c>Sandbox-Signature: t=…,v1=…</c> with <c>Carriers:Sandbox:WebhookSecret</c>). 200 when processed, replayed or
    /// ignored; 400 malformed, 401 bad or stale signature, 404 unknown tracking number or carrier not enabled, 413 too large.
    /// </summary>
    public static IEndpointRouteBuilder MapCarrierWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (HttpContext http, CarrierSandboxOptions options, IServiceProvider services, CancellationToken ct) =>
        {
            if (!options.Enabled)
            {
                return Refuse(StatusCodes.Status404NotFound, "CARRIER_NOT_ENABLED", "The sandbox carrier is not enabled on this server.");
            }

            var body = await SandboxWebhookEndpoints.ReadBoundedAsync(http, ct);
            if (body.TooLarge)
            {
                return Refuse(StatusCodes.Status413PayloadTooLarge, "BODY_TOO_LARGE", $"A webhook body has at most {SandboxWebhookEndpoints.MaxBodyBytes} bytes.");
            }

            if (body.Text is null)
            {
                return Refuse(StatusCodes.Status400BadRequest, "MALFORMED_BODY", "The body is not valid UTF-8.");
            }

            var processor = services.GetRequiredService<TrackingWebhookProcessor>();
            var outcome = await processor.ProcessAsync(http.Request.Headers[SandboxWebhookSignature.HeaderName], body.Text, ct);
            return outcome switch
            {
                TrackingWebhookOutcome.Processed or TrackingWebhookOutcome.Replayed or TrackingWebhookOutcome.Ignored => Results.Ok(new { outcome = outcome.ToString() }),
                TrackingWebhookOutcome.MalformedSignature => Refuse(StatusCodes.Status400BadRequest, "MALFORMED_SIGNATURE",
                    $"The {SandboxWebhookSignature.HeaderName} header must be t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\">."),
                TrackingWebhookOutcome.BadSignature => Refuse(StatusCodes.Status401Unauthorized, "BAD_SIGNATURE",
                    $"The {SandboxWebhookSignature.HeaderName} does not match the body: sign \"t.body\" with the carrier webhook secret."),
                TrackingWebhookOutcome.Stale => Refuse(StatusCodes.Status401Unauthorized, "STALE_TIMESTAMP",
                    "The signature's timestamp is too far from the server's clock; sign with the current time."),
                TrackingWebhookOutcome.UnknownShipment => Refuse(StatusCodes.Status404NotFound, "UNKNOWN_SHIPMENT", "No shipment has this trackingNumber."),
                _ => Refuse(StatusCodes.Status400BadRequest, "MALFORMED_BODY",
                    "The body must be a tracking event: {\"id\":\"trk_…\",\"trackingNumber\":\"SBX…\",\"status\":\"IN_TRANSIT|OUT_FOR_DELIVERY|DELIVERED|DELIVERY_FAILED\"}."),
            };
        });
        return endpoints;
    }

    private static IResult Refuse(int status, string code, string error) =>
        Results.Json(new WebhookRefusal(error, code), statusCode: status);
}

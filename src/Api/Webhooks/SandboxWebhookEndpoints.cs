using Headless.Infrastructure.Payments.Webhooks;

namespace Headless.Api.Webhooks;

public static class SandboxWebhookEndpoints
{
    public const string Path = "/webhooks/payments/sandbox";
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// <c>POST /webhooks/payments/sandbox</c>: 200 when processed, replayed or ignored (the provider must not
    /// retry those), 401 for a bad or stale signature, 400 for a malformed body, 404 for an unknown payment.
    /// </summary>
    public static IEndpointRouteBuilder MapSandboxWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (HttpRequest request, SandboxWebhookProcessor processor, CancellationToken ct) =>
        {
            if (request.ContentLength > MaxBodyBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            // The signature covers the exact bytes sent, so read the raw body rather than a bound model.
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(ct);
            var outcome = await processor.ProcessAsync(request.Headers[SandboxWebhookSignature.HeaderName], body, ct);
            return outcome switch
            {
                WebhookOutcome.Processed or WebhookOutcome.Replayed or WebhookOutcome.Ignored => Results.Ok(new { outcome = outcome.ToString() }),
                WebhookOutcome.BadSignature or WebhookOutcome.Stale => Results.Unauthorized(),
                WebhookOutcome.UnknownPayment => Results.NotFound(),
                _ => Results.BadRequest(),
            };
        });
        return endpoints;
    }
}

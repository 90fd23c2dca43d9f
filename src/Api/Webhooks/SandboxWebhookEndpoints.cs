using System.Buffers;
using System.Text;
using Headless.Infrastructure.Payments.Webhooks;
using Microsoft.AspNetCore.Http.Features;

namespace Headless.Api.Webhooks;

public static class SandboxWebhookEndpoints
{
    public const string Path = "/webhooks/payments/sandbox";
    public const int MaxBodyBytes = 64 * 1024;
    private const int MaxDiscardedBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// <c>POST /webhooks/payments/sandbox</c>: 200 when processed, replayed or ignored (the provider must not retry
    /// those); otherwise a status with a JSON <see cref="WebhookRefusal"/>: 400 malformed signature header or body,
    /// 401 bad or stale signature, 404 unknown payment or sandbox not enabled, 413 body over 64 KB, 422 an amount the
    /// order does not allow.
    /// </summary>
    public static IEndpointRouteBuilder MapSandboxWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (HttpContext http, SandboxWebhookOptions options, SandboxWebhookProcessor processor, CancellationToken ct) =>
        {
            if (!options.Enabled)
            {
                return Refuse(StatusCodes.Status404NotFound, "PROVIDER_NOT_ENABLED", "The sandbox payment provider is not enabled on this server.");
            }

            var body = await ReadBoundedAsync(http, ct);
            if (body.TooLarge)
            {
                return Refuse(StatusCodes.Status413PayloadTooLarge, "BODY_TOO_LARGE", $"A webhook body has at most {MaxBodyBytes} bytes.");
            }

            if (body.Text is null)
            {
                return Refuse(StatusCodes.Status400BadRequest, "MALFORMED_BODY", "The body is not valid UTF-8.");
            }

            var outcome = await processor.ProcessAsync(http.Request.Headers[SandboxWebhookSignature.HeaderName], body.Text, ct);
            return outcome switch
            {
                WebhookOutcome.Processed or WebhookOutcome.Replayed or WebhookOutcome.Ignored => Results.Ok(new { outcome = outcome.ToString() }),
                WebhookOutcome.MalformedSignature => Refuse(StatusCodes.Status400BadRequest, "MALFORMED_SIGNATURE",
                    $"The {SandboxWebhookSignature.HeaderName} header must be t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\">."),
                WebhookOutcome.BadSignature => Refuse(StatusCodes.Status401Unauthorized, "BAD_SIGNATURE",
                    $"The {SandboxWebhookSignature.HeaderName} does not match the body: sign \"t.body\" (the exact bytes sent) with the webhook secret."),
                WebhookOutcome.Stale => Refuse(StatusCodes.Status401Unauthorized, "STALE_TIMESTAMP",
                    $"The signature's timestamp is more than {options.Tolerance.TotalSeconds:0} seconds from the server's clock; sign with the current time."),
                WebhookOutcome.UnknownPayment => Refuse(StatusCodes.Status404NotFound, "UNKNOWN_PAYMENT",
                    "No payment has this data.authorizationId."),
                WebhookOutcome.AmountMismatch => Refuse(StatusCodes.Status422UnprocessableEntity, "AMOUNT_MISMATCH",
                    "The amount is not what the order allows: a capture must be the authorized amount, a refund everything still refundable, in the order's currency. Nothing was changed."),
                _ => Refuse(StatusCodes.Status400BadRequest, "MALFORMED_BODY",
                    "The body must be a sandbox event: {\"id\":\"evt_…\",\"type\":\"payment.captured\",\"data\":{\"authorizationId\":\"sbx_auth_…\"}}."),
            };
        });
        return endpoints;
    }

    private static IResult Refuse(int status, string code, string error) =>
        Results.Json(new WebhookRefusal(error, code), statusCode: status);

    /// <summary>
    /// The raw body (the signature covers the exact bytes), never more than <see cref="MaxBodyBytes"/> read whatever
    /// the request claims: a chunked body has no Content-Length to check up front.
    /// </summary>
    internal static async Task<(string? Text, bool TooLarge)> ReadBoundedAsync(HttpContext http, CancellationToken ct)
    {
        // Kestrel discards what is left of a refused body so the connection stays usable; bound that too, well
        // under its 30 MB default (past it the connection is simply closed).
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxDiscardedBytes;
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, true);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var read = 0;
            while (read <= MaxBodyBytes)
            {
                var count = await http.Request.Body.ReadAsync(buffer.AsMemory(read, MaxBodyBytes + 1 - read), ct);
                if (count == 0)
                {
                    break;
                }

                read += count;
            }

            if (read > MaxBodyBytes)
            {
                return (null, true);
            }

            return (StrictUtf8.GetString(buffer, 0, read), false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, true);
        }
        catch (DecoderFallbackException)
        {
            return (null, false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

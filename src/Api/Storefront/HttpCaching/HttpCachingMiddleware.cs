using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Headless.Api.Storefront.HttpCaching;

/// <summary>
/// HTTP caching of GraphQL answers. A <c>GET</c> that <see cref="PublicReadRule"/> marked public and that succeeded
/// without errors is <c>public, max-age=…</c> with a strong <c>ETag</c> (a hash of the bytes), and an
/// <c>If-None-Match</c> naming it gets 304 without a body. Every other answer is <c>private, no-store</c>:
/// credentials, carts, orders, mutations, errors.
/// </summary>
internal sealed class HttpCachingMiddleware(RequestDelegate next, HttpCachingOptions options)
{
    private const string NotCacheable = "private, no-store";

    public static bool HasCredentials(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderNames.Authorization)
        || request.Headers.ContainsKey("X-Api-Key")
        || request.Headers.ContainsKey(HeaderNames.Cookie);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!options.Enabled || !HttpMethods.IsGet(context.Request.Method) || context.WebSockets.IsWebSocketRequest || HasCredentials(context.Request))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = NotCacheable;
                return Task.CompletedTask;
            });
            await next(context);
            return;
        }

        // Buffered: the ETag is a hash of the whole body, and a 304 must not send it.
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (response.StatusCode != StatusCodes.Status200OK || !context.Items.ContainsKey(PublicReadRule.ItemKey) || HasErrors(body.Span))
        {
            response.Headers.CacheControl = NotCacheable;
            await original.WriteAsync(body, context.RequestAborted);
            return;
        }

        var etag = $"\"{Convert.ToBase64String(SHA256.HashData(body.Span)[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
        response.Headers.CacheControl = $"public, max-age={(int)options.MaxAge.TotalSeconds}";
        response.Headers.ETag = etag;
        // The answer's media type follows Accept; credentials make it private (above), so shared caches must key on them.
        response.Headers.Vary = "Accept, Authorization, Cookie, X-Api-Key";
        if (Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentLength = null;
            response.Headers.ContentType = default;
            return;
        }

        response.ContentLength = body.Length;
        await original.WriteAsync(body, context.RequestAborted);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Any(candidate => candidate == "*" || candidate == etag);

    /// <summary>A GraphQL answer with errors (even beside data) is not worth sharing: a retry may succeed.</summary>
    private static bool HasErrors(ReadOnlySpan<byte> body) => body.IndexOf("\"errors\":"u8) >= 0;
}

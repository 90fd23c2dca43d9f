using Headless.Api.Storefront.HttpCaching;
using Headless.Infrastructure.Catalog.Caching;
using Headless.Infrastructure.Telemetry;
using Microsoft.Net.Http.Headers;

namespace Headless.Api.Storefront.ResponseCaching;

/// <summary>
/// Whole answers to anonymous catalog reads, served from memory without executing. An answer is stored when the
/// request had no credentials, <see cref="PublicReadRule"/> found only catalog root fields, and it succeeded without
/// errors; with it go the catalog entries it was built from (<see cref="CatalogReadTracker"/>: the catalog version,
/// each variant's stock, stock-filtered pages). It is served only while all of them still hold the same values, so
/// every invalidation the catalog cache already gets (stock changes after commit, product changes, reservations
/// lapsing, and on other instances the Redis backplane) retires the answers that read the entry, with no bound of
/// its own to wait for.
/// </summary>
internal sealed class ResponseCacheMiddleware(RequestDelegate next, ResponseCacheStore store, ResponseCacheOptions options, CatalogCache catalog, HeadlessMetrics metrics)
{
    public const string MetricName = "catalog-response";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!options.Enabled || !catalog.Enabled || context.WebSockets.IsWebSocketRequest || HttpCachingMiddleware.HasCredentials(context.Request)
            || await KeyAsync(context.Request) is not { } key)
        {
            await next(context);
            return;
        }

        if (store.TryGet(key, out var cached) && cached is not null)
        {
            if (await catalog.IsCurrentAsync(cached.Dependencies, context.RequestAborted))
            {
                metrics.CacheLookup(MetricName, hit: true);
                await WriteAsync(context, cached);
                return;
            }

            store.Remove(key);
        }

        metrics.CacheLookup(MetricName, hit: false);
        var tracker = context.RequestServices.GetRequiredService<CatalogReadTracker>();
        tracker.Start();
        // Read before anything executes: a product change while this request runs moves it on and so retires the answer.
        await catalog.VersionAsync(tracker, context.RequestAborted);

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

        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (Storable(context, body.Span))
        {
            store.Set(key, new CachedResponse(body.ToArray(), context.Response.ContentType!, tracker.Dependencies));
        }

        await original.WriteAsync(body, context.RequestAborted);
    }

    private async Task<string?> KeyAsync(HttpRequest request)
    {
        var accept = request.Headers[HeaderNames.Accept].ToString();
        // Streamed answers (event streams, incremental delivery) cannot be buffered whole.
        if (accept.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase) || accept.Contains("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (HttpMethods.IsGet(request.Method))
        {
            return ResponseCacheKey.FromQueryString(request);
        }

        if (!HttpMethods.IsPost(request.Method)
            || request.ContentLength is not { } length || length <= 0 || length > options.MaxRequestBytes
            || request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var body = new byte[length];
        await request.Body.ReadExactlyAsync(body, request.HttpContext.RequestAborted);
        // The endpoint reads the body again.
        request.Body = new MemoryStream(body, writable: false);
        return ResponseCacheKey.FromJsonBody(request, body);
    }

    private bool Storable(HttpContext context, ReadOnlySpan<byte> body) =>
        context.Response.StatusCode == StatusCodes.Status200OK
        && context.Items.ContainsKey(PublicReadRule.CatalogReadKey)
        && context.Response.ContentType is { } type
        && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/graphql-response+json", StringComparison.OrdinalIgnoreCase))
        && body.Length <= options.MaxResponseBytes
        // A GraphQL answer with errors (even beside data) is not worth keeping: a retry may succeed.
        && body.IndexOf("\"errors\":"u8) < 0;

    private static async Task WriteAsync(HttpContext context, CachedResponse cached)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            // The same answer executed would have been marked public for HTTP caching (ETag, max-age) too.
            context.Items[PublicReadRule.ItemKey] = true;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = cached.ContentType;
        context.Response.ContentLength = cached.Body.Length;
        await context.Response.Body.WriteAsync(cached.Body, context.RequestAborted);
    }
}

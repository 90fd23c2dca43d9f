using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Headless.GraphQL.Transport.Ide;

/// <summary>
/// Serves GraphiQL from the bundle embedded in this assembly (built from the npm <c>graphiql</c> package by
/// Transport/Ide/build.mjs): the page at <c>GET {path}</c> for requests that accept <c>text/html</c>, and its script
/// and style sheet under <c>{path}/graphiql/</c>.
/// </summary>
internal sealed class GraphiQLEndpoint
{
    private const string AssetFolder = "graphiql";
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["graphiql.js"] = "text/javascript; charset=utf-8",
        ["graphiql.css"] = "text/css; charset=utf-8",
    };

    private readonly IdeOptions _options;

    private GraphiQLEndpoint(IdeOptions options) => _options = options;

    public static GraphiQLEndpoint Map(RouteGroupBuilder group, IdeOptions options)
    {
        var endpoint = new GraphiQLEndpoint(options);
        group.MapGet($"/{AssetFolder}/{{file}}", endpoint.ServeAssetAsync);
        return endpoint;
    }

    /// <summary>
    /// A browser navigating to the endpoint: GET with <c>text/html</c> named in <c>Accept</c> (a <c>*/*</c> alone does
    /// not count, so GraphQL clients that accept anything still get JSON).
    /// </summary>
    public bool IsPageRequest(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !_options.IsEnabled(context))
        {
            return false;
        }

        var accept = context.Request.GetTypedHeaders().Accept;
        return accept.Any(media => media.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && media.Quality is not 0);
    }

    /// <summary>
    /// The page may load only this server's script and style sheet and talk only to this origin; GraphiQL sets
    /// inline styles, and its bundled fonts and icons are data: URLs. No other site may frame it.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public Task ServePageAsync(HttpContext context)
    {
        var endpoint = context.Request.PathBase + context.Request.Path;
        var basePath = endpoint.Value!.TrimEnd('/');
        var defaultQuery = _options.DefaultQuery is { } query ? $" data-default-query=\"{WebUtility.HtmlEncode(query)}\"" : "";
        var html = $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="robots" content="noindex">
              <link rel="icon" href="data:,">
              <title>{{WebUtility.HtmlEncode(_options.Title)}}</title>
              <link rel="stylesheet" href="{{WebUtility.HtmlEncode(basePath)}}/{{AssetFolder}}/graphiql.css">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql" data-endpoint="{{WebUtility.HtmlEncode(endpoint.Value)}}"{{defaultQuery}}>Loading GraphiQL…</div>
              <script src="{{WebUtility.HtmlEncode(basePath)}}/{{AssetFolder}}/graphiql.js"></script>
            </body>
            </html>
            """;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.Vary = HeaderNames.Accept;
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.XFrameOptions = "DENY";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }

    private async Task ServeAssetAsync(HttpContext context, string file)
    {
        if (!_options.IsEnabled(context) || !ContentTypes.TryGetValue(file, out var contentType)
            || typeof(GraphiQLEndpoint).Assembly.GetManifestResourceStream(ResourceName(file)) is not { } stream)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using (stream)
        {
            context.Response.ContentType = contentType;
            context.Response.ContentLength = stream.Length;
            // The bundle changes only with the assembly; an hour of caching spares reloads without outliving a deploy for long.
            context.Response.Headers.CacheControl = "public, max-age=3600";
            await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }

    private static string ResourceName(string file) => "Headless.GraphQL.Ide." + file;
}

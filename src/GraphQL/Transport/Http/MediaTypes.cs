using Microsoft.Net.Http.Headers;

namespace Headless.GraphQL.Transport.Http;

/// <summary>
/// The media types of GraphQL over HTTP and the choice of the response type from <c>Accept</c>
/// (spec "Accept" and "Legacy watershed": a missing header or <c>*/*</c> means <c>application/json</c>).
/// </summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    /// <summary>
    /// The response media type the client accepts best, or null when it accepts neither JSON type (406).
    /// Among equal quality values <c>application/graphql-response+json</c> wins when named explicitly.
    /// </summary>
    public static string? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges))
        {
            return Json;
        }

        string? best = null;
        var bestQuality = 0.0;
        var bestRank = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            var (candidate, rank) = Match(range.MediaType.Value);
            if (candidate is null)
            {
                continue;
            }

            if (quality > bestQuality || (quality == bestQuality && rank > bestRank))
            {
                (best, bestQuality, bestRank) = (candidate, quality, rank);
            }
        }

        return best;
    }

    /// <summary>True when the client prefers an HTML page (a browser), for an IDE to answer.</summary>
    public static bool PrefersHtml(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges))
        {
            return false;
        }

        var html = ranges.FirstOrDefault(r => string.Equals(r.MediaType.Value, Html, StringComparison.OrdinalIgnoreCase));
        return html is not null && (html.Quality ?? 1.0) > 0;
    }

    // Explicit types rank above wildcards so "application/graphql-response+json, */*" picks the explicit one.
    private static (string? MediaType, int Rank) Match(string? range) => range?.ToLowerInvariant() switch
    {
        GraphQLResponse => (GraphQLResponse, 3),
        Json => (Json, 2),
        "application/*" or "*/*" => (Json, 1),
        _ => (null, 0),
    };
}

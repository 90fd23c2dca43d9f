namespace Headless.Api.Storefront.ResponseCaching;

/// <summary>
/// The <c>Storefront:ResponseCache</c> section: the in-memory cache of whole answers to anonymous catalog reads,
/// kept while the catalog entries they were built from are unchanged (see <see cref="ResponseCacheMiddleware"/>).
/// </summary>
public sealed class ResponseCacheOptions
{
    public const string SectionName = "Storefront:ResponseCache";

    /// <summary>Off: every request executes (the catalog cache below still answers most reads).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Memory for stored answers, in megabytes; the least used go first when it is full.</summary>
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>Larger request bodies are executed without looking here (reading them to compute a key costs too much).</summary>
    public int MaxRequestBytes { get; set; } = 16 * 1024;

    /// <summary>Larger answers are not stored.</summary>
    public int MaxResponseBytes { get; set; } = 1024 * 1024;
}

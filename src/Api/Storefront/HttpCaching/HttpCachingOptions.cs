namespace Headless.Api.Storefront.HttpCaching;

/// <summary>The <c>Storefront:HttpCache</c> section: how long clients and CDNs may keep anonymous catalog reads.</summary>
public sealed class HttpCachingOptions
{
    public const string SectionName = "Storefront:HttpCache";

    /// <summary>Off: every GraphQL response is <c>private, no-store</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The <c>max-age</c> of public answers; small, because prices and stock change.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(10);
}

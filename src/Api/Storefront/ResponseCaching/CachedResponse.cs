using Headless.Infrastructure.Catalog.Caching;

namespace Headless.Api.Storefront.ResponseCaching;

/// <summary>A stored answer: its bytes and media type, and the catalog entries it was built from.</summary>
internal sealed record CachedResponse(byte[] Body, string ContentType, IReadOnlyList<CatalogDependency> Dependencies);

namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>A refused catalog write: a stable code (<c>DUPLICATE_SKU</c>), a message, and the input field at fault.</summary>
public sealed record CatalogError(string Code, string Message, string? Field = null);

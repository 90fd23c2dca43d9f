namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>Which products the admin list shows; deleted ones only when asked for.</summary>
public sealed record AdminProductFilter(string? Search, AdminProductStatus? Status, Guid? CategoryId);

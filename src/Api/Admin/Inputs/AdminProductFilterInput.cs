namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>AdminProductFilterInput</c> input.</summary>
internal sealed record AdminProductFilterInput(string? Search, Headless.Infrastructure.Catalog.Admin.AdminProductStatus? Status, string? CategoryId);

namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ImportCatalogCsvInput</c> input.</summary>
internal sealed record ImportCatalogCsvInput(string Csv, string? IdempotencyKey, Infrastructure.Catalog.Admin.CatalogImportMode? Mode, bool? Background);

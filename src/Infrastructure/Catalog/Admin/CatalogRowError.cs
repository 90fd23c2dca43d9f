namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>What is wrong with one line of an import: its line number in the file (the header is line 1), the column, why.</summary>
public sealed record CatalogRowError(int Line, string? Column, string Code, string Message);

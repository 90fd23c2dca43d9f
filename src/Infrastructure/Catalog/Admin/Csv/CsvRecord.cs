namespace Headless.Infrastructure.Catalog.Admin.Csv;

/// <summary>One record of a CSV file and the line it starts on (1-based; a quoted field may span lines).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

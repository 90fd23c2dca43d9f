namespace Headless.Infrastructure.Catalog.Admin.Csv;

/// <summary>The text is not RFC 4180 CSV; <see cref="Line"/> is where the fault is.</summary>
public sealed class CsvFormatException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}

namespace Headless.GraphQL.Language;

/// <summary>
/// Prints syntax trees canonically, byte for byte as graphql-js 16's <c>print</c>: two-space indentation, one
/// selection or field per line, field arguments wrapped past 80 characters.
/// </summary>
public static class Printer
{
    public static string Print(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var printer = new SyntaxPrinter();
        printer.Print(node);
        return printer.ToString();
    }

    /// <summary>A string value as a quoted GraphQL string, with control characters, quotes and backslashes escaped.</summary>
    public static string PrintString(string value) => SyntaxPrinter.QuoteString(value);
}

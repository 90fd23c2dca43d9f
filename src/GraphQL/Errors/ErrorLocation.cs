using Headless.GraphQL.Language;

namespace Headless.GraphQL.Errors;

/// <summary>A 1-based line and column in the request document.</summary>
public readonly record struct ErrorLocation(int Line, int Column)
{
    public static ErrorLocation From(Location location) => new(location.Line, location.Column);
}

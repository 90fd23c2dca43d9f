namespace Headless.GraphQL.Tests.Language;

/// <summary>One document of the differential corpus; <paramref name="Kind"/> is document, value or type.</summary>
public sealed record CorpusCase(string Name, string Kind, string Source)
{
    public override string ToString() => Name;
}

namespace Headless.GraphQL.Types;

/// <summary>Every problem found while building a schema, reported together so one start-up shows them all.</summary>
public sealed class SchemaBuildException(IReadOnlyList<string> errors)
    : Exception("The GraphQL schema cannot be built:" + string.Concat(errors.Select(e => Environment.NewLine + " - " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

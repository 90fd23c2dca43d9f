namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>
/// One GraphQL request as a transport received it (GraphQL over HTTP "request parameters", the payload of a
/// <c>subscribe</c> message): the document as text, or the id of a trusted document instead.
/// </summary>
public sealed record OperationRequest
{
    public string? Query { get; init; }

    /// <summary>A trusted document's id (<c>sha256:&lt;hex&gt;</c>) sent instead of <see cref="Query"/>.</summary>
    public string? DocumentId { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values as decoded from JSON (dictionaries, lists, strings, numbers, booleans, nulls).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}

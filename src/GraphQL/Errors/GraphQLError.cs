using Headless.GraphQL.Language;

namespace Headless.GraphQL.Errors;

/// <summary>
/// An error as the response's <c>errors</c> entry (spec §7.1.2): a message a developer can act on, the locations in the
/// document it refers to, the response path for field errors, and <c>extensions.code</c>.
/// </summary>
public sealed record GraphQLError
{
    public GraphQLError(string message, string code)
    {
        Message = message;
        Extensions = new Dictionary<string, object?> { ["code"] = code };
    }

    public string Message { get; init; }

    public IReadOnlyList<ErrorLocation> Locations { get; init; } = [];

    /// <summary>Response keys and list indices from the root to the field that failed; null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    public IReadOnlyDictionary<string, object?> Extensions { get; init; }

    public string Code => Extensions.TryGetValue("code", out var code) ? code as string ?? "" : "";

    /// <summary>The exception behind a field error, for logging only; never serialized.</summary>
    public Exception? OriginalException { get; init; }

    public GraphQLError WithLocations(IEnumerable<INode> nodes) => this with
    {
        Locations = [.. nodes.Where(n => n.Location is not null).Select(n => ErrorLocation.From(n.Location!.Value))],
    };

    public GraphQLError WithExtension(string key, object? value) =>
        this with { Extensions = new Dictionary<string, object?>(Extensions) { [key] = value } };
}

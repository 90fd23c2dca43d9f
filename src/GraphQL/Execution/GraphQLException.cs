using Headless.GraphQL.Errors;

namespace Headless.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to report a field error whose message is meant for the client (shown as is, unlike other
/// exceptions), with a stable <c>extensions.code</c> such as <c>INVALID_ID</c>.
/// </summary>
public class GraphQLException(string message, string code = ErrorCodes.BadUserInput, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Code { get; } = code;

    /// <summary>Further <c>extensions</c> entries beside <c>code</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}

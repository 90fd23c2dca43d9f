using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>
/// A request after parsing, validation and the operation rules: either ready to execute or refused with
/// request errors (no <c>data</c> entry).
/// </summary>
public sealed record PreparedOperation
{
    public DocumentNode? Document { get; init; }

    public OperationDefinitionNode? Operation { get; init; }

    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    public IReadOnlyDictionary<string, object?>? ResultExtensions { get; init; }

    /// <summary>The operation's variables, coerced before the rules ran; execution uses them as they are.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public bool IsRefused => Errors.Count > 0;

    public static PreparedOperation Refused(params GraphQLError[] errors) => new() { Errors = errors };
}

using Headless.GraphQL.Errors;

namespace Headless.GraphQL.Execution;

/// <summary>
/// The response of one operation (spec §7.1): <see cref="Data"/> is null when execution did not start (request
/// errors) or the root was nulled by a non-null error; <see cref="HasData"/> tells those apart from "no data entry".
/// </summary>
public sealed record ExecutionResult
{
    /// <summary>Result objects keep the selection order; values are leaves, <see cref="ResultMap"/>s and lists.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>False for request errors: the response then has no <c>data</c> entry at all.</summary>
    public bool HasData { get; init; }

    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    public static ExecutionResult FromError(GraphQLError error) => new() { Errors = [error] };
}

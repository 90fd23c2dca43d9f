using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>Everything the spec's ExecuteRequest takes, plus the host's services, per-request items and cancellation.</summary>
public sealed record ExecutionRequest(Schema Schema, DocumentNode Document)
{
    public string? OperationName { get; init; }

    /// <summary>Raw variable values as sent (JSON turned into dictionaries, lists and primitives, see <see cref="ExternalValue"/>).</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>
    /// The selected operation's variables already coerced (by the transport, before its rules): used as they are
    /// instead of coercing <see cref="VariableValues"/> again.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? CoercedVariableValues { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    public IServiceProvider? RequestServices { get; init; }

    /// <summary>Per-request state shared by resolvers; a new dictionary when not given.</summary>
    public IDictionary<string, object?>? Items { get; init; }

    public ExecutionOptions Options { get; init; } = ExecutionOptions.Default;

    public CancellationToken CancellationToken { get; init; }
}

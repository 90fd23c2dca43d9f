using System.Security.Claims;
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

    /// <summary>
    /// The caller, checked against the fields' <c>@authenticated</c> / <c>@requires</c> rules; null is an anonymous
    /// caller. The transport passes <c>HttpContext.User</c> (for WebSocket, as set at <c>connection_init</c>).
    /// </summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Per-request state shared by resolvers; a new dictionary when not given.</summary>
    public IDictionary<string, object?>? Items { get; init; }

    public ExecutionOptions Options { get; init; } = ExecutionOptions.Default;

    public CancellationToken CancellationToken { get; init; }
}

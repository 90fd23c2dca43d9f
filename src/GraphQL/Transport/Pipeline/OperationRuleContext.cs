using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>What an <see cref="IOperationRule"/> sees: the valid document, the chosen operation and the request.</summary>
public sealed class OperationRuleContext
{
    public required Schema Schema { get; init; }

    public required DocumentNode Document { get; init; }

    /// <summary>The operation that will run; null when the name matches none (execution then reports it).</summary>
    public required OperationDefinitionNode? Operation { get; init; }

    public required OperationRequest Request { get; init; }

    /// <summary>
    /// The operation's variables after the spec's CoerceVariableValues (defaults applied, types checked): what the
    /// operation will run with. Rules read these, never the raw <see cref="OperationRequest.Variables"/>.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Variables { get; init; } = new Dictionary<string, object?>();

    public required RequestContext RequestContext { get; init; }

    /// <summary>Entries added to the response's <c>extensions</c> (e.g. <c>cost</c>), also on refusal.</summary>
    public IDictionary<string, object?> ResultExtensions { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}

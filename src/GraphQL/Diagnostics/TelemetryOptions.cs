namespace Headless.GraphQL.Diagnostics;

/// <summary>What the endpoint's spans and metrics may carry.</summary>
public sealed class TelemetryOptions
{
    /// <summary>
    /// Put the document text on the operation span as <c>graphql.document</c>. Off by default: inline literals
    /// (an email in a mutation's arguments) would reach the trace store.
    /// </summary>
    public bool IncludeDocument { get; set; }

    /// <summary>Distinct operation names (besides trusted documents') used as metric labels before new ones become <c>other</c>.</summary>
    public int MaxOperationNames { get; set; } = 200;
}

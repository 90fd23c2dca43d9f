namespace Headless.Api.Integrations;

/// <summary>One page of <c>Query.events</c>.</summary>
public sealed record OrderEventConnection(IReadOnlyList<OrderEventEdge> Edges, IReadOnlyList<IntegratorEvent> Nodes, string? EndCursor, bool HasNextPage);

namespace Headless.Api.Integrations;

/// <summary>An event of <c>Query.events</c> with its cursor.</summary>
public sealed record OrderEventEdge(string Cursor, IntegratorEvent Node);

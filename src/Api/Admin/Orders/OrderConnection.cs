using Headless.Domain.Ordering;

namespace Headless.Api.Admin.Orders;

/// <summary>The <c>OrderConnection</c> type.</summary>
internal sealed record OrderConnection(IReadOnlyList<OrderEdge> Edges, IReadOnlyList<Order> Nodes, string? EndCursor, bool HasNextPage);

using Headless.Domain.Ordering;

namespace Headless.Api.Admin.Orders;

/// <summary>The <c>OrderEdge</c> type.</summary>
internal sealed record OrderEdge(string Cursor, Order Node);

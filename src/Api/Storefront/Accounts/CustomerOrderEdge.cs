using Headless.Domain.Ordering;

namespace Headless.Api.Storefront.Accounts;

/// <summary>A <c>CustomerOrderEdge</c>.</summary>
internal sealed record CustomerOrderEdge(string Cursor, Order Node);

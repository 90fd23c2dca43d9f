using Headless.Domain.Ordering;
using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>A <c>CustomerOrderConnection</c>; its <c>pageInfo</c> is the connection itself.</summary>
internal sealed class CustomerOrderConnection(CustomerOrderPage page)
{
    public IReadOnlyList<CustomerOrderEdge> Edges { get; } = [.. page.Edges.Select(e => new CustomerOrderEdge(e.Cursor, e.Order))];

    public CustomerOrderConnection PageInfo => this;

    public bool HasNextPage => page.HasNextPage;

    // Forward paging only: "after" is the one way in.
    public bool HasPreviousPage => false;

    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;

    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
}

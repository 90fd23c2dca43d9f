using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>A page of a customer's orders, newest first, with the cursor of each.</summary>
public sealed record CustomerOrderPage(IReadOnlyList<(string Cursor, Order Order)> Edges, bool HasNextPage);

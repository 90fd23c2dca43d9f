using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Ordering.Admin;

/// <summary>A page of <see cref="OrderSearch"/>: orders with their cursors, and whether more follow.</summary>
public sealed record OrderPage(IReadOnlyList<(string Cursor, Order Order)> Orders, bool HasNextPage);

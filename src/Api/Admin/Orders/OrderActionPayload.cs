using Headless.Domain.Ordering;

namespace Headless.Api.Admin.Orders;

/// <summary>The <c>OrderActionPayload</c> type.</summary>
internal sealed record OrderActionPayload(Order? Order, bool Replayed, IReadOnlyList<AdminError> Errors);

using Headless.Domain.Ordering;

namespace Headless.Api.Admin.Orders;

/// <summary>The <c>AddOrderNotePayload</c> type.</summary>
internal sealed record AddOrderNotePayload(OrderNote? Note, Order? Order, bool Replayed, IReadOnlyList<AdminError> Errors);

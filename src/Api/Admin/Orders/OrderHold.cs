namespace Headless.Api.Admin.Orders;

/// <summary>The <c>OrderHold</c> type.</summary>
internal sealed record OrderHold(string Reason, DateTimeOffset HeldAt, string HeldBy);

namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>MarkOrderDeliveredInput</c> input.</summary>
internal sealed record MarkOrderDeliveredInput(string OrderId, string IdempotencyKey);

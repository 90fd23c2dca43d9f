namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>CaptureOrderPaymentInput</c> input.</summary>
internal sealed record CaptureOrderPaymentInput(string OrderId, string IdempotencyKey);

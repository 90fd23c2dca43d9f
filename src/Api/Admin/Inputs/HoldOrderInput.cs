namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>HoldOrderInput</c> input.</summary>
internal sealed record HoldOrderInput(string OrderId, string Reason, string IdempotencyKey);

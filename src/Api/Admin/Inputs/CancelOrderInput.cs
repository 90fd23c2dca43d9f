namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>CancelOrderInput</c> input.</summary>
internal sealed record CancelOrderInput(string OrderId, string Reason, string IdempotencyKey);

namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ReleaseOrderInput</c> input.</summary>
internal sealed record ReleaseOrderInput(string OrderId, string IdempotencyKey);

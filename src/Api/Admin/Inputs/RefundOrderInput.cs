namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>RefundOrderInput</c> input.</summary>
internal sealed record RefundOrderInput(string OrderId, IReadOnlyList<RefundLineInput>? Lines, decimal? Amount, string Reason, string IdempotencyKey);

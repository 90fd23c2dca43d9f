namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>RefundLineInput</c> input.</summary>
internal sealed record RefundLineInput(string LineId, int Quantity);

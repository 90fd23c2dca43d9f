namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>MoneyInput</c> input.</summary>
internal sealed record MoneyInput(decimal Amount, string Currency);

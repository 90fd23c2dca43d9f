namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>TotpCodeInput</c> input.</summary>
internal sealed record TotpCodeInput(string Code);

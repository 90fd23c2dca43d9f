namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>ExchangeSignInCodeInput</c> input.</summary>
internal sealed record ExchangeSignInCodeInput(string Code, string? CartId)
{
    public override string ToString() => "ExchangeSignInCodeInput";
}

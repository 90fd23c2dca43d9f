namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>VerifyEmailInput</c> input.</summary>
internal sealed record VerifyEmailInput(string Token)
{
    public override string ToString() => "VerifyEmailInput";
}

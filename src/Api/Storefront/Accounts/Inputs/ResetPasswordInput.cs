namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>ResetPasswordInput</c> input.</summary>
internal sealed record ResetPasswordInput(string Token, string NewPassword)
{
    public override string ToString() => "ResetPasswordInput";
}

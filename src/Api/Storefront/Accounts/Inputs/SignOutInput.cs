namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>SignOutInput</c> input.</summary>
internal sealed record SignOutInput(string? RefreshToken)
{
    public override string ToString() => "SignOutInput";
}

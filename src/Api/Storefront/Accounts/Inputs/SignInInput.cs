namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>SignInInput</c> input.</summary>
internal sealed record SignInInput(string Email, string Password, string? TotpCode, string? CartId, string? DeviceToken)
{
    public override string ToString() => "SignInInput";
}

namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>ChangePasswordInput</c> input.</summary>
internal sealed record ChangePasswordInput(string CurrentPassword, string NewPassword)
{
    public override string ToString() => "ChangePasswordInput";
}

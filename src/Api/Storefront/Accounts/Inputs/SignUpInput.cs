namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>SignUpInput</c> input.</summary>
internal sealed record SignUpInput(string Email, string Password, string? FirstName, string? LastName, string? CartId)
{
    public override string ToString() => "SignUpInput";
}

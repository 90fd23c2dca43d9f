namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>DeleteMyAccountInput</c> input.</summary>
internal sealed record DeleteMyAccountInput(string Password)
{
    public override string ToString() => "DeleteMyAccountInput";
}

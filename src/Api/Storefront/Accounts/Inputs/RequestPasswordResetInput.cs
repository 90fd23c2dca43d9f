namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>RequestPasswordResetInput</c> input.</summary>
internal sealed record RequestPasswordResetInput(string Email)
{
    public override string ToString() => "RequestPasswordResetInput";
}

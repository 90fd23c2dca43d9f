namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>RefreshSessionInput</c> input.</summary>
internal sealed record RefreshSessionInput(string RefreshToken)
{
    public override string ToString() => "RefreshSessionInput";
}

namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>UpdateMyProfileInput</c> input.</summary>
internal sealed record UpdateMyProfileInput(string? FirstName, string? LastName, string? Phone)
{
    public override string ToString() => "UpdateMyProfileInput";
}

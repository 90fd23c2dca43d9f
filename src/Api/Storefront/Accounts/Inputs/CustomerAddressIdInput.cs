namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>CustomerAddressIdInput</c> input.</summary>
internal sealed record CustomerAddressIdInput(string Id);

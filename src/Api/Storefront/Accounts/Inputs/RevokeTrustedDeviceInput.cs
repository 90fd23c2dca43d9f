namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>RevokeTrustedDeviceInput</c> input.</summary>
internal sealed record RevokeTrustedDeviceInput(string Id);

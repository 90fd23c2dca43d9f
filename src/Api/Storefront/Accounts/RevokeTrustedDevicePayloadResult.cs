using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>A <c>RevokeTrustedDevicePayload</c>.</summary>
internal sealed record RevokeTrustedDevicePayloadResult(bool Revoked, IReadOnlyList<AccountError> Errors);

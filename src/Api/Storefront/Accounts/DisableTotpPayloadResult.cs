using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>A <c>DisableTotpPayload</c>.</summary>
internal sealed record DisableTotpPayloadResult(bool Disabled, IReadOnlyList<AccountError> Errors);

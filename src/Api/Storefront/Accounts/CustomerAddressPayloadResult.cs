using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>A <c>CustomerAddressPayload</c>.</summary>
internal sealed record CustomerAddressPayloadResult(CustomerAddressView? Address, CustomerProfile? Customer, IReadOnlyList<AccountError> Errors);

using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>An <c>AccountPayload</c>.</summary>
internal sealed record AccountPayloadResult(CustomerProfile? Customer, IReadOnlyList<AccountError> Errors);

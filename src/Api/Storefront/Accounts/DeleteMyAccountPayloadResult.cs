using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>A <c>DeleteMyAccountPayload</c>.</summary>
internal sealed record DeleteMyAccountPayloadResult(bool Deleted, IReadOnlyList<AccountError> Errors);

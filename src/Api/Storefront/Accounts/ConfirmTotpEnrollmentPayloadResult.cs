using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>A <c>ConfirmTotpEnrollmentPayload</c>.</summary>
internal sealed record ConfirmTotpEnrollmentPayloadResult(IReadOnlyList<string>? RecoveryCodes, IReadOnlyList<AccountError> Errors);

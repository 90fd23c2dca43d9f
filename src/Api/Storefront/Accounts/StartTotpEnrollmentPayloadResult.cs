using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>A <c>StartTotpEnrollmentPayload</c>.</summary>
internal sealed record StartTotpEnrollmentPayloadResult(string? Secret, string? OtpAuthUri, string? QrCodeSvg, IReadOnlyList<AccountError> Errors);

using Headless.Domain.Identity;

namespace Headless.Api.Admin;

/// <summary>The payload records of the admin mutations, named as their SDL types.</summary>
internal static class AdminPayloads
{
    public sealed record StaffSignInPayload(string? AccessToken, DateTimeOffset? ExpiresAt, string? RefreshToken, bool MfaEnrollmentRequired, IReadOnlyList<AdminError> Errors);

    public sealed record StartTotpEnrollmentPayload(string? Secret, string? OtpAuthUri, string? QrCodeSvg, IReadOnlyList<AdminError> Errors);

    public sealed record ConfirmTotpEnrollmentPayload(IReadOnlyList<string>? RecoveryCodes, IReadOnlyList<AdminError> Errors);

    public sealed record DisableTotpPayload(bool Disabled, IReadOnlyList<AdminError> Errors);

    public sealed record CreateStaffMemberPayload(StaffMember? StaffMember, IReadOnlyList<AdminError> Errors);

    public sealed record ApiKeyPayload(ApiKey? ApiKey, string? Secret, IReadOnlyList<AdminError> Errors);

    public sealed record RevokeStaffSessionPayload(int RevokedSessions, IReadOnlyList<AdminError> Errors);

    public sealed record OrderActionPayload(Domain.Ordering.Order? Order, IReadOnlyList<AdminError> Errors);

    public sealed record RefundOrderPayload(Domain.Payments.Refund? Refund, Domain.Ordering.Order? Order, IReadOnlyList<AdminError> Errors);

    public sealed record ReturnPayload(Domain.Ordering.Returns.OrderReturn? Return, Domain.Payments.Refund? Refund, Domain.Ordering.Order? Order, IReadOnlyList<AdminError> Errors);
}

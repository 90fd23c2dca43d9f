namespace Headless.Infrastructure.Identity.Mfa;

/// <summary>What a client shows to enrol an authenticator app: the secret (base32), the <c>otpauth://</c> URI and its QR code as SVG.</summary>
public sealed record TotpEnrollment(string Secret, string OtpAuthUri, string QrCodeSvg);

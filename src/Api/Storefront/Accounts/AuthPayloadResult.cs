using Headless.Api.Storefront.Checkout;
using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>An <c>AuthPayload</c>.</summary>
internal sealed record AuthPayloadResult(
    string? AccessToken,
    DateTimeOffset? ExpiresAt,
    string? RefreshToken,
    DateTimeOffset? RefreshTokenExpiresAt,
    CustomerProfile? Customer,
    CartResult? Cart,
    IReadOnlyList<AccountError> Errors)
{
    /// <summary>The token that makes this device known at later sign-ins (<c>Identity:Mfa:RequireOnNewDevice</c>); null otherwise.</summary>
    public string? DeviceToken { get; init; }

    public static AuthPayloadResult Failed(IReadOnlyList<AccountError> errors) => new(null, null, null, null, null, null, errors);

    // Records print their members; tokens must never reach a log line.
    public override string ToString() => $"AuthPayload ({Errors.Count} errors)";
}

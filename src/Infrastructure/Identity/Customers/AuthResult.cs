using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Identity.Tokens;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>
/// The outcome of sign-up, sign-in and refresh: tokens and the customer, or errors; <see cref="DeviceToken"/> after a
/// sign-in that made its device known (<c>Identity:Mfa:RequireOnNewDevice</c>).
/// </summary>
public sealed record AuthResult(IssuedAccessToken? Access, SessionTokens? Session, Customer? Customer, IReadOnlyList<AccountError> Errors)
{
    public string? DeviceToken { get; init; }

    // Records print their members; tokens must never reach a log line.
    public override string ToString() => $"AuthResult ({Errors.Count} errors)";

    public static AuthResult Failed(params AccountError[] errors) => new(null, null, null, errors);
}

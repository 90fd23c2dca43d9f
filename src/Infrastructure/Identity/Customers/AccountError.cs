namespace Headless.Infrastructure.Identity.Customers;

/// <summary>A mistake the caller can fix; <see cref="Path"/> is relative to the mutation's input.</summary>
public sealed record AccountError(AccountErrorCode Code, string Message, IReadOnlyList<string> Path, string? Field = null, int? RetryAfter = null)
{
    public static AccountError InvalidCredentials() =>
        new(AccountErrorCode.InvalidCredentials, "The email address or the password is wrong.", []);

    public static AccountError TooManyAttempts(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        return new(AccountErrorCode.TooManyAttempts, $"Too many attempts; try again in {seconds} s.", [], RetryAfter: seconds);
    }

    public static AccountError Unauthenticated() =>
        new(AccountErrorCode.Unauthenticated, "Sign in first: this needs a customer's access token.", []);

    public static AccountError InvalidToken(string field) =>
        new(AccountErrorCode.InvalidToken, "The token is unknown, expired or already used.", [field], field);

    public static AccountError WeakPassword(string field, string reason) =>
        new(AccountErrorCode.WeakPassword, reason, [field], field);
}

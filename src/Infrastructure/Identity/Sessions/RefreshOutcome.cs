namespace Headless.Infrastructure.Identity.Sessions;

/// <summary>The result of exchanging a refresh token: the next tokens, or why there are none.</summary>
public sealed record RefreshOutcome(SessionTokens? Tokens, RefreshFailure? Failure)
{
    public static RefreshOutcome Refreshed(SessionTokens tokens) => new(tokens, null);

    public static RefreshOutcome Failed(RefreshFailure failure) => new(null, failure);
}

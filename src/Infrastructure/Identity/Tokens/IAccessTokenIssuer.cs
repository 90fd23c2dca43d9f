namespace Headless.Infrastructure.Identity.Tokens;

/// <summary>
/// Issues short-lived access tokens (JWT, ES256, signed with the database's active key) carrying the claims of
/// <see cref="HeadlessClaimTypes"/>. Every scheme that signs callers in through sessions uses this one.
/// </summary>
public interface IAccessTokenIssuer
{
    /// <param name="subject">The account id (<c>sub</c>).</param>
    /// <param name="kind">One of <see cref="CallerKinds"/>.</param>
    /// <param name="permissions">Granted permissions, one <c>headless:permission</c> claim each.</param>
    /// <param name="sessionId">The session (<c>sid</c>); revoking it ends the token before it expires.</param>
    Task<IssuedAccessToken> IssueAsync(string subject, string kind, IReadOnlyCollection<string> permissions, string sessionId, CancellationToken cancellationToken);
}

namespace Headless.Infrastructure.Identity;

/// <summary>
/// Claim types every authentication scheme of Headless puts on the principal, so the engine's
/// authorization and the resolvers read one vocabulary whatever signed the caller in.
/// </summary>
public static class HeadlessClaimTypes
{
    /// <summary>The account's id (customer id, staff id or API key id), as in JWT's <c>sub</c>.</summary>
    public const string Subject = "sub";

    /// <summary>What kind of caller this is: one of <see cref="CallerKinds"/>.</summary>
    public const string Kind = "headless:kind";

    /// <summary>One claim per granted permission, such as <c>orders:read</c>.</summary>
    public const string Permission = "headless:permission";

    /// <summary>The session (refresh-token family) an access token belongs to, so revoking it ends the session.</summary>
    public const string Session = "sid";
}

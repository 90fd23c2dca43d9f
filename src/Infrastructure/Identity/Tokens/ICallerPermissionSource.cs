namespace Headless.Infrastructure.Identity.Tokens;

/// <summary>
/// The current permissions of an account of one <see cref="Kind"/>, read again whenever a session is refreshed, so a
/// changed role or a deleted account takes effect at the next refresh.
/// </summary>
public interface ICallerPermissionSource
{
    /// <summary>One of <see cref="CallerKinds"/>.</summary>
    string Kind { get; }

    /// <summary>The permissions; null when the account no longer exists or may not sign in.</summary>
    Task<IReadOnlyCollection<string>?> PermissionsAsync(string subject, CancellationToken cancellationToken);
}

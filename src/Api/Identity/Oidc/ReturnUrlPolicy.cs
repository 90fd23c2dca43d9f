namespace Headless.Api.Identity.Oidc;

/// <summary>
/// The allow-list of <see cref="ExternalSignInOptions.AllowedReturnUrls"/>: a return URL is allowed when it is
/// absolute http(s), carries no user info or fragment, and has an entry's scheme, host and port with a path at or
/// under the entry's. Everything else (relative URLs, <c>//evil.example</c>, look-alike hosts, other ports) is an
/// open redirect and refused.
/// </summary>
public sealed class ReturnUrlPolicy(ExternalSignInOptions options)
{
    private readonly Uri[] _allowed = [.. options.AllowedReturnUrls
        .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri : null)
        .OfType<Uri>()];

    public bool Allows(string? returnUrl, out Uri allowed)
    {
        allowed = null!;
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048
            || !Uri.TryCreate(returnUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return false;
        }

        foreach (var entry in _allowed)
        {
            if (string.Equals(entry.Scheme, uri.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(entry.IdnHost, uri.IdnHost, StringComparison.OrdinalIgnoreCase)
                && entry.Port == uri.Port
                && IsUnder(uri.AbsolutePath, entry.AbsolutePath))
            {
                allowed = uri;
                return true;
            }
        }

        return false;
    }

    // "/account" allows "/account" and "/account/orders", not "/accounting".
    private static bool IsUnder(string path, string prefix) =>
        prefix.EndsWith('/') ? path.StartsWith(prefix, StringComparison.Ordinal) || path == prefix.TrimEnd('/')
        : path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal);
}

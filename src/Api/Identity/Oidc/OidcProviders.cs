using System.Text.RegularExpressions;

namespace Headless.Api.Identity.Oidc;

/// <summary>
/// Every provider under <c>Authentication:Oidc</c>, checked once at start-up: a mistake (no client id, an HTTP
/// authority outside Development, an unreadable Apple key) stops the start with every problem listed, rather than
/// failing the first person who tries to sign in.
/// </summary>
public sealed partial class OidcProviders
{
    public const string SectionName = "Authentication:Oidc";

    private readonly Dictionary<string, OidcProvider> _providers;

    public OidcProviders(IEnumerable<OidcProvider> providers) =>
        _providers = providers.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<OidcProvider> All => _providers.Values;

    public OidcProvider? Find(string? name) => name is not null && _providers.TryGetValue(name, out var provider) ? provider : null;

    /// <summary>Reads and checks the section; throws <see cref="InvalidOperationException"/> naming each bad setting.</summary>
    public static OidcProviders FromConfiguration(IConfiguration configuration, bool isDevelopment)
    {
        var problems = new List<string>();
        var providers = new List<OidcProvider>();
        foreach (var section in configuration.GetSection(SectionName).GetChildren())
        {
            var options = new OidcProviderOptions();
            section.Bind(options);
            if (Resolve(section.Key, options, isDevelopment, problems) is { } provider)
            {
                providers.Add(provider);
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Sign-in providers are misconfigured:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        return new OidcProviders(providers);
    }

    private static OidcProvider? Resolve(string name, OidcProviderOptions options, bool isDevelopment, List<string> problems)
    {
        var key = $"{SectionName}:{name}";
        var count = problems.Count;
        if (!ProviderName().IsMatch(name))
        {
            problems.Add($"{key}: a provider name is 1 to 32 lower-case letters, digits or '-' (it appears in URLs).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            problems.Add($"{key}:ClientId is required.");
        }

        Uri? authority = null;
        if (options.Preset == OidcPreset.WeChat)
        {
            options.AuthorizationEndpoint ??= "https://open.weixin.qq.com/connect/qrconnect";
            options.TokenEndpoint ??= "https://api.weixin.qq.com/sns/oauth2/access_token";
            options.UserInfoEndpoint ??= "https://api.weixin.qq.com/sns/userinfo";
            // The code is redeemed with the AppSecret: WeChat has no public clients.
            if (string.IsNullOrWhiteSpace(options.ClientSecret))
            {
                problems.Add($"{key}:ClientSecret is required for WeChat (the AppSecret).");
            }

            foreach (var (setting, value) in new[] { ("AuthorizationEndpoint", options.AuthorizationEndpoint), ("TokenEndpoint", options.TokenEndpoint), ("UserInfoEndpoint", options.UserInfoEndpoint) })
            {
                CheckUrl($"{key}:{setting}", value, isDevelopment, problems);
            }
        }
        else
        {
            var configured = string.IsNullOrWhiteSpace(options.Authority) ? DefaultAuthority(options.Preset) : options.Authority;
            if (configured is null)
            {
                problems.Add($"{key}:Authority is required for a Generic provider.");
            }
            else
            {
                authority = CheckUrl($"{key}:Authority", configured, isDevelopment, problems);
            }
        }

        AppleClientSecret? appleSecret = null;
        if (options.Preset == OidcPreset.Apple && string.IsNullOrEmpty(options.ClientSecret))
        {
            if (string.IsNullOrWhiteSpace(options.AppleTeamId) || string.IsNullOrWhiteSpace(options.AppleKeyId) || string.IsNullOrWhiteSpace(options.ApplePrivateKey))
            {
                problems.Add($"{key}: Apple needs AppleTeamId, AppleKeyId and ApplePrivateKey (or a ready-made ClientSecret).");
            }
            else
            {
                try
                {
                    appleSecret = new AppleClientSecret(options.AppleTeamId, options.AppleKeyId, options.ApplePrivateKey);
                }
                catch (ArgumentException e)
                {
                    problems.Add($"{key}:{e.Message.Split(" (Parameter", 2)[0]}");
                }
            }
        }

        if (problems.Count > count)
        {
            return null;
        }

        var scopes = (string.IsNullOrWhiteSpace(options.Scopes) ? DefaultScopes(options.Preset) : options.Scopes)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var callbackPath = string.IsNullOrWhiteSpace(options.CallbackPath) ? $"/auth/oidc/{name}/callback" : options.CallbackPath;
        return new OidcProvider(name, options, authority, scopes, callbackPath, appleSecret);
    }

    private static Uri? CheckUrl(string setting, string? value, bool isDevelopment, List<string> problems)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{setting} must be an absolute http(s) URL.");
            return null;
        }

        // Tokens and keys fetched over plain HTTP could be swapped on the way: only a developer's own machine may.
        if (uri.Scheme != Uri.UriSchemeHttps && !isDevelopment)
        {
            problems.Add($"{setting} must use HTTPS outside Development.");
            return null;
        }

        return uri;
    }

    private static string? DefaultAuthority(OidcPreset preset) => preset switch
    {
        OidcPreset.Google => "https://accounts.google.com",
        OidcPreset.Apple => "https://appleid.apple.com",
        OidcPreset.Microsoft => "https://login.microsoftonline.com/common/v2.0",
        _ => null,
    };

    private static string DefaultScopes(OidcPreset preset) => preset switch
    {
        OidcPreset.Apple => "openid name email",
        OidcPreset.WeChat => "snsapi_login",
        _ => "openid email profile",
    };

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex ProviderName();
}

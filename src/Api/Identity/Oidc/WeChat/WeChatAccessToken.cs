namespace Headless.Api.Identity.Oidc.WeChat;

/// <summary>
/// What WeChat's access-token endpoint answers for a code: the token, the user's <c>openid</c> (per app id) and,
/// when the app is bound to an open-platform account, the <c>unionid</c> shared by all its apps. Secrets: never logged.
/// </summary>
public sealed record WeChatAccessToken(string AccessToken, string OpenId, string? UnionId, string? RefreshToken, int? ExpiresIn, string? Scope)
{
    /// <summary>The account key: the <c>unionid</c> when there is one (stable across the shop's apps), else the <c>openid</c>.</summary>
    public string Subject => UnionId ?? OpenId;

    public override string ToString() => "WeChatAccessToken";
}

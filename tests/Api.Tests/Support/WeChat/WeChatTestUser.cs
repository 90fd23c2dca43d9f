namespace Headless.Api.Tests.Support.WeChat;

/// <summary>
/// The person signed in at the test WeChat: a key the provider turns into an <c>openid</c> per app id, a nickname,
/// and a <c>unionid</c> when the apps are bound to one open-platform account.
/// </summary>
public sealed record WeChatTestUser(string Key, string Nickname, string? UnionId);

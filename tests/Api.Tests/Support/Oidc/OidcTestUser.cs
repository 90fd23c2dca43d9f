namespace Headless.Api.Tests.Support.Oidc;

/// <summary>The person the test provider says has signed in: what its ID tokens and userinfo answer carry.</summary>
public sealed record OidcTestUser(string Subject, string? Email, bool EmailVerified, string? Name = null);

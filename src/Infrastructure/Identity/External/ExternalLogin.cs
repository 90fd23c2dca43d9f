namespace Headless.Infrastructure.Identity.External;

/// <summary>
/// A customer's sign-in at an outside provider: the provider's name (as configured) and its subject, which is
/// stable for that person at that provider. One (provider, subject) belongs to one customer; a customer may have several.
/// </summary>
public sealed class ExternalLogin
{
    public ExternalLogin(Guid id, string provider, string subject, Guid customerId, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(provider);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        Id = id;
        Provider = provider;
        Subject = subject;
        CustomerId = customerId;
        CreatedAt = createdAt.ToUniversalTime();
        LastSignInAt = CreatedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The provider's name under <c>Authentication:Oidc</c>, lower-case.</summary>
    public string Provider { get; private set; }

    /// <summary>The provider's <c>sub</c> (at most 255 characters, as OpenID Connect allows).</summary>
    public string Subject { get; private set; }

    public Guid CustomerId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSignInAt { get; private set; }

    public void SignedIn(DateTimeOffset at) => LastSignInAt = at.ToUniversalTime();
}

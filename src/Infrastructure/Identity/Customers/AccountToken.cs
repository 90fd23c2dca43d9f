namespace Headless.Infrastructure.Identity.Customers;

/// <summary>A one-time token sent by email (password reset, email verification), stored as its SHA-256.</summary>
public sealed class AccountToken
{
    public AccountToken(Guid id, Guid customerId, AccountTokenPurpose purpose, string tokenHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        CustomerId = customerId;
        Purpose = purpose;
        TokenHash = tokenHash;
        CreatedAt = createdAt.ToUniversalTime();
        ExpiresAt = expiresAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public AccountTokenPurpose Purpose { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Set by one conditional update: a token works once, even when two requests race.</summary>
    public DateTimeOffset? UsedAt { get; private set; }
}

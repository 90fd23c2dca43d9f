namespace Headless.Infrastructure.Identity.PersonalData;

/// <summary>A secret the instances share (e.g. the blind-index key), created once, stored protected by Data Protection.</summary>
public sealed class ProtectedSecret(string name, string protectedValue, DateTimeOffset createdAt)
{
    public string Name { get; private set; } = name;

    public string ProtectedValue { get; private set; } = protectedValue;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt.ToUniversalTime();
}

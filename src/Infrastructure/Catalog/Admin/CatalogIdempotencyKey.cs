namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>
/// A create that was done under a caller's key, with what it created: a repeat with the same key returns that
/// instead of creating again. The key is the primary key, so two racing repeats cannot both insert.
/// </summary>
public sealed class CatalogIdempotencyKey(string key, string operation, Guid targetId, DateTimeOffset createdAt)
{
    public const int MaxKeyLength = 100;

    public string Key { get; private set; } = key;

    /// <summary>Which mutation used the key; the same key for another mutation is refused.</summary>
    public string Operation { get; private set; } = operation;

    public Guid TargetId { get; private set; } = targetId;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}

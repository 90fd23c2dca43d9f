namespace Headless.Infrastructure.Auditing;

/// <summary>
/// One admin action, as it happened: who (actor), what (the mutation field), on what (target), with which effect
/// (the changed fields before and after, personal data masked), from where (request id, client address) and when.
/// Append-only: every member is set once by the constructor and nothing in the code changes or deletes a row
/// (<see cref="AuditSaveChangesInterceptor"/> refuses to save such a change).
/// </summary>
public sealed class AuditEntry
{
    public const int MaxKindLength = 16;
    public const int MaxIdLength = 64;
    public const int MaxActionLength = 64;
    public const int MaxTypeLength = 64;
    public const int MaxOutcomeLength = 16;
    public const int MaxErrorCodesLength = 200;
    public const int MaxRequestIdLength = 64;
    public const int MaxClientAddressLength = 45;
    public const int MaxIdempotencyKeyLength = 100;

    internal AuditEntry(AuditContext context, string outcome, string? errorCodes, string? targetType, string? targetId, string changes, string? idempotencyKey, DateTimeOffset at)
        : this(context.Actor, context.Action, outcome, errorCodes, targetType, targetId, changes, context.RequestId, context.ClientAddress, idempotencyKey, at)
    {
    }

    internal AuditEntry(AuditActor actor, string action, string outcome, string? errorCodes, string? targetType, string? targetId, string changes, string? requestId, string? clientAddress, string? idempotencyKey, DateTimeOffset at)
    {
        OccurredAt = at.ToUniversalTime();
        ActorKind = Cut(actor.Kind, MaxKindLength)!;
        ActorId = Cut(actor.Id, MaxIdLength);
        Action = Cut(action, MaxActionLength)!;
        TargetType = Cut(targetType, MaxTypeLength);
        TargetId = Cut(targetId, MaxIdLength);
        Outcome = Cut(outcome, MaxOutcomeLength)!;
        ErrorCodes = Cut(errorCodes, MaxErrorCodesLength);
        Changes = changes;
        RequestId = Cut(requestId, MaxRequestIdLength);
        ClientAddress = Cut(clientAddress, MaxClientAddressLength);
        IdempotencyKey = Cut(idempotencyKey, MaxIdempotencyKeyLength);
    }

    // For EF Core materialization.
    private AuditEntry()
    {
        ActorKind = null!;
        Action = null!;
        Outcome = null!;
        Changes = null!;
    }

    /// <summary>Assigned by the database in insertion order, so entries page by it.</summary>
    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary><c>staff</c>, <c>api_key</c>, or <c>anonymous</c> (staff sign-in).</summary>
    public string ActorKind { get; private set; }

    /// <summary>The staff member's or API key's ID; null for anonymous callers.</summary>
    public string? ActorId { get; private set; }

    /// <summary>The admin mutation field, e.g. <c>holdOrder</c>.</summary>
    public string Action { get; private set; }

    public string? TargetType { get; private set; }

    public string? TargetId { get; private set; }

    /// <summary><see cref="AuditOutcomes"/>: what came of the attempt.</summary>
    public string Outcome { get; private set; }

    /// <summary>The typed error codes of a refused attempt, comma-separated.</summary>
    public string? ErrorCodes { get; private set; }

    /// <summary>A JSON array of <c>{ type, id, operation, fields: { name: { before, after } } }</c>.</summary>
    public string Changes { get; private set; }

    public string? RequestId { get; private set; }

    public string? ClientAddress { get; private set; }

    /// <summary>The key of the change this entry recorded; a repeat with it finds this entry and changes nothing.</summary>
    public string? IdempotencyKey { get; private set; }

    private static string? Cut(string? value, int max) => value is null ? null : value.Length <= max ? value : value[..max];
}

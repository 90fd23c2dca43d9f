namespace Headless.Infrastructure.Auditing;

/// <summary>
/// The audit context of one admin action (one root mutation field): opened by the admin endpoint with
/// <see cref="Begin"/>, it flows with the async call chain, so every <c>SaveChanges</c> made while it is open,
/// through any <c>HeadlessDbContext</c>, is recorded by <see cref="AuditSaveChangesInterceptor"/> in the same
/// save. Outside an admin action (storefront, pipeline, sweeps) there is none and nothing is recorded.
/// </summary>
public sealed class AuditContext : IDisposable
{
    private static readonly AsyncLocal<AuditContext?> Ambient = new();
    private readonly AuditContext? _outer;

    private AuditContext(AuditActor actor, string action, string? requestId, string? clientAddress)
    {
        Actor = actor;
        Action = action;
        RequestId = requestId;
        ClientAddress = clientAddress;
        _outer = Ambient.Value;
        Ambient.Value = this;
    }

    /// <summary>The action under way on this call chain, or null.</summary>
    public static AuditContext? Current => Ambient.Value;

    public AuditActor Actor { get; }

    public string Action { get; }

    public string? RequestId { get; }

    public string? ClientAddress { get; }

    /// <summary>What the action is about, set by the resolver as soon as it knows (otherwise the first changed entity).</summary>
    public string? TargetType { get; private set; }

    public string? TargetId { get; private set; }

    /// <summary>The idempotency key of the action; stored on the first entry that records a change.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>Set when the action found its idempotency key already used and did nothing again.</summary>
    public bool Replayed { get; private set; }

    public void MarkReplayed() => Replayed = true;

    /// <summary>How many entries this action wrote so far.</summary>
    public int EntriesWritten { get; private set; }

    /// <summary>While true the interceptor records nothing (the endpoint writing the closing entry itself).</summary>
    internal bool Suspended { get; set; }

    public static AuditContext Begin(AuditActor actor, string action, string? requestId, string? clientAddress)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrEmpty(action);
        return new AuditContext(actor, action, requestId, clientAddress);
    }

    public void SetTarget(string type, string id)
    {
        TargetType = type;
        TargetId = id;
    }

    /// <summary>
    /// An entry for this action, to be added to the context that saves the change it describes (so that both commit
    /// or neither does). The first entry recording a change carries <see cref="IdempotencyKey"/>.
    /// </summary>
    internal AuditEntry NewEntry(string outcome, string? errorCodes, string? targetType, string? targetId, string changes, DateTimeOffset at)
    {
        var key = outcome == AuditOutcomes.Changed && EntriesWritten == 0 ? IdempotencyKey : null;
        EntriesWritten++;
        return new AuditEntry(this, outcome, errorCodes, TargetType ?? targetType, TargetId ?? targetId, changes, key, at);
    }

    /// <summary>Forgets entries counted for a save that did not commit (it will be retried or the action fails).</summary>
    internal void Uncount(int entries) => EntriesWritten = Math.Max(0, EntriesWritten - entries);

    public void Dispose()
    {
        if (Ambient.Value == this)
        {
            Ambient.Value = _outer;
        }
    }
}

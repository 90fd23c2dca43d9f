using System.Text.Json.Nodes;
using Headless.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Headless.Infrastructure.Auditing;

/// <summary>
/// Audits calls refused before their resolver (a missing permission, a revoked or expired API key). A refused call
/// changed nothing, so there is no transaction to join: refusals are counted in memory per (caller, field, code) and
/// written as one <c>refused</c> entry per key at the end of each window (<see cref="AccessRefusalOptions"/>), so an
/// attacker repeating a call adds one row per window, not one per call, and at most
/// <see cref="AccessRefusalOptions.MaxEntriesPerWindow"/> rows plus one overflow row however they vary. No argument
/// value is recorded: what a refused caller sent may hold personal data.
/// </summary>
public sealed class AccessRefusalLog(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AccessRefusalOptions> options, ILogger<AccessRefusalLog> logger)
{
    /// <summary>The action and target of the entry counting refusals beyond the window's cap.</summary>
    public const string OverflowAction = "accessRefusals";

    /// <summary>The target type of a field's refusal; the target id is the field, e.g. <c>Mutation.cancelOrder</c>.</summary>
    public const string FieldTargetType = "Field";

    /// <summary>The target type of a request refused before any field (a revoked key); the target id is the path.</summary>
    public const string EndpointTargetType = "Endpoint";

    private readonly Lock _gate = new();
    private Dictionary<Key, Pending> _pending = [];
    private long _overflow;
    private DateTimeOffset? _overflowSince;

    /// <summary>Counts one refusal. Cheap and non-throwing: it runs on the execution path of the refused request.</summary>
    public void Record(AuditActor actor, string action, string targetType, string targetId, string code, string? missingPermission, string? operation, string? requestId, string? clientAddress)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // An actor without an id (an anonymous caller) is told apart by address, so one caller's burst stays one entry.
        var key = new Key(actor.Kind, actor.Id ?? clientAddress, targetType, targetId, code);
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_pending.TryGetValue(key, out var pending))
            {
                pending.Attempts++;
                pending.LastAt = now;
                return;
            }

            if (_pending.Count >= Math.Max(1, options.Value.MaxEntriesPerWindow))
            {
                _overflow++;
                _overflowSince ??= now;
                return;
            }

            _pending[key] = new Pending(actor, action, missingPermission, operation, requestId, clientAddress, now);
        }
    }

    /// <summary>Writes what was counted since the last flush (called by the window's timer and when the host stops).</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        Dictionary<Key, Pending> taken;
        long overflow;
        DateTimeOffset? overflowSince;
        lock (_gate)
        {
            if (_pending.Count == 0 && _overflow == 0)
            {
                return;
            }

            (taken, _pending) = (_pending, []);
            (overflow, _overflow, overflowSince, _overflowSince) = (_overflow, 0, _overflowSince, null);
        }

        var now = clock.GetUtcNow();
        var entries = taken.Select(p => Entry(p.Key, p.Value, now)).ToList();
        if (overflow > 0)
        {
            var changes = new JsonArray { AuditChanges.Describe("AccessRefusal", OverflowAction, "refused", [("attempts", null, overflow), ("firstAt", null, overflowSince), ("lastAt", null, now)]) };
            entries.Add(new AuditEntry(new AuditActor("various", null), OverflowAction, AuditOutcomes.Refused, "OVERFLOW", null, null, changes.ToJsonString(), null, null, null, now));
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            db.AddRange(entries);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Kept for the next flush rather than lost: the counts merge into whatever came in meanwhile.
            logger.LogWarning(exception, "Could not write {Count} access refusal audit entries; retrying at the next flush.", entries.Count);
            Restore(taken, overflow, overflowSince);
        }
    }

    private void Restore(Dictionary<Key, Pending> taken, long overflow, DateTimeOffset? overflowSince)
    {
        lock (_gate)
        {
            foreach (var (key, pending) in taken)
            {
                if (_pending.TryGetValue(key, out var newer))
                {
                    newer.Merge(pending);
                }
                else
                {
                    _pending[key] = pending;
                }
            }

            _overflow += overflow;
            _overflowSince = _overflowSince is { } since && overflowSince is { } earlier && earlier < since ? earlier : _overflowSince ?? overflowSince;
        }
    }

    private static AuditEntry Entry(Key key, Pending pending, DateTimeOffset now)
    {
        var changes = new JsonArray
        {
            AuditChanges.Describe("AccessRefusal", key.TargetId, "refused",
            [
                ("attempts", null, pending.Attempts),
                ("operation", null, pending.Operation),
                ("missingPermission", null, pending.MissingPermission),
                ("firstAt", null, pending.FirstAt),
                ("lastAt", null, pending.LastAt),
            ]),
        };
        return new AuditEntry(pending.Actor, pending.Action, AuditOutcomes.Refused, key.Code, key.TargetType, key.TargetId, changes.ToJsonString(), pending.RequestId, pending.ClientAddress, null, now);
    }

    private readonly record struct Key(string ActorKind, string? ActorId, string TargetType, string TargetId, string Code);

    private sealed class Pending(AuditActor actor, string action, string? missingPermission, string? operation, string? requestId, string? clientAddress, DateTimeOffset at)
    {
        public AuditActor Actor { get; } = actor;

        public string Action { get; } = action;

        public string? MissingPermission { get; } = missingPermission;

        public string? Operation { get; } = operation;

        /// <summary>The first refused request's id and address (later ones of the window are only counted).</summary>
        public string? RequestId { get; } = requestId;

        public string? ClientAddress { get; } = clientAddress;

        public DateTimeOffset FirstAt { get; private set; } = at;

        public DateTimeOffset LastAt { get; set; } = at;

        public long Attempts { get; set; } = 1;

        public void Merge(Pending older)
        {
            Attempts += older.Attempts;
            FirstAt = older.FirstAt < FirstAt ? older.FirstAt : FirstAt;
        }
    }
}

using System.Text.Json.Nodes;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Auditing;

/// <summary>
/// Writing and reading the audit log. Changes saved through <c>HeadlessDbContext.SaveChanges</c> are recorded by
/// <see cref="AuditSaveChangesInterceptor"/>; a write that bypasses the change tracker (<c>ExecuteUpdate</c>, raw SQL)
/// calls <see cref="RecordRaw"/> inside its transaction and then saves.
/// </summary>
public sealed class AuditLog(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>
    /// Records a change made without the change tracker, for the open <see cref="AuditContext"/> (none: nothing). The
    /// entry is added to <paramref name="db"/>: call <c>SaveChanges</c> in the same transaction as the raw write.
    /// </summary>
    public static void RecordRaw(HeadlessDbContext db, string targetType, string targetId, string operation, IEnumerable<(string Field, object? Before, object? After)> fields, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (AuditContext.Current is not { } audit)
        {
            return;
        }

        var changes = new JsonArray { AuditChanges.Describe(targetType, targetId, operation, fields) };
        db.Add(audit.NewEntry(AuditOutcomes.Changed, null, targetType, targetId, changes.ToJsonString(), clock.GetUtcNow()));
    }

    /// <summary>
    /// The closing entry of an action that wrote none (refused, replayed, failed, or nothing to change), in a context of
    /// its own: whatever the failed action left tracked must not be saved with it.
    /// </summary>
    public async Task CloseAsync(AuditContext audit, string outcome, string? errorCodes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (audit.EntriesWritten > 0 && outcome is AuditOutcomes.Changed or AuditOutcomes.Unchanged)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        db.Add(audit.NewEntry(outcome, errorCodes, null, null, "[]", clock.GetUtcNow()));
        audit.Suspended = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            audit.Suspended = false;
        }
    }

    /// <summary>Whether <paramref name="action"/> on <paramref name="targetId"/> already made a change under <paramref name="idempotencyKey"/>.</summary>
    public static Task<bool> WasAppliedAsync(HeadlessDbContext db, string action, string targetId, string idempotencyKey, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking().AnyAsync(e => e.Action == action && e.TargetId == targetId && e.IdempotencyKey == idempotencyKey, ct);

    /// <summary>A page of entries, oldest first, after the entry <paramref name="after"/> (keyset on the time-ordered id).</summary>
    public static async Task<IReadOnlyList<AuditEntry>> PageAsync(HeadlessDbContext db, AuditFilter filter, long? after, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.AuditEntries.AsNoTracking();
        if (filter.ActorId is { } actor)
        {
            query = query.Where(e => e.ActorId == actor);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (filter.TargetType is { } type)
        {
            query = query.Where(e => e.TargetType == type);
        }

        if (filter.TargetId is { } target)
        {
            query = query.Where(e => e.TargetId == target);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.OccurredAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.OccurredAt < to);
        }

        if (after is { } cursor)
        {
            query = query.Where(e => e.Id > cursor);
        }

        return await query.OrderBy(e => e.Id).Take(take).ToListAsync(ct);
    }
}

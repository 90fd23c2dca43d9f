using System.Text.Json.Nodes;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Headless.Infrastructure.Auditing;

/// <summary>
/// While an <see cref="AuditContext"/> is open, turns what a <c>SaveChanges</c> is about to write (added, modified and
/// deleted entities) into one <see cref="AuditEntry"/> added to the same save, so the change and its record commit
/// together or not at all. Always refuses to save a change to or a deletion of an audit entry.
/// </summary>
public sealed class AuditSaveChangesInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Record(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries().ToList();
        if (entries.Any(e => e.Entity is AuditEntry && e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only: they are never changed or deleted.");
        }

        var audit = AuditContext.Current;
        if (audit is null || audit.Suspended)
        {
            return;
        }

        var changes = new JsonArray();
        foreach (var entry in entries)
        {
            // Outbox rows are the change's own side effect (already described by it); owned rows are part of their owner.
            // Sandbox effects are the books of a provider that stands in for an outside system (a real one keeps them
            // elsewhere): auditing them split one action into an entry per provider call.
            if (entry.Entity is AuditEntry or OutboxMessage or SandboxEffect || entry.Metadata.IsOwned())
            {
                continue;
            }

            if (AuditChanges.Describe(entry) is { } described)
            {
                changes.Add(described);
            }
        }

        if (changes.Count == 0)
        {
            return;
        }

        var first = changes[0]!.AsObject();
        db.Add(audit.NewEntry(AuditOutcomes.Changed, null, (string?)first["type"], (string?)first["id"], changes.ToJsonString(), clock.GetUtcNow()));
    }

    private static void Forget(DbContext? db)
    {
        if (db is null || AuditContext.Current is not { } audit)
        {
            return;
        }

        // The entry of a save that did not commit must not stay tracked: a retry would write it twice.
        var pending = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList();
        foreach (var entry in pending)
        {
            entry.State = EntityState.Detached;
        }

        audit.Uncount(pending.Count);
    }
}

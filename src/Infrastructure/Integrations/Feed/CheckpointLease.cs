using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>
/// Claims a checkpoint for one instance with a conditional UPDATE (the row is free or its lease lapsed), the same
/// way the outbox claims rows; works on every provider without advisory locks. The holder advances the position
/// only while it still owns the lease, so a holder that stalled past its lease cannot move a checkpoint back.
/// </summary>
internal static class CheckpointLease
{
    /// <summary>The owner id when this caller now holds <paramref name="name"/>, null when another instance does.</summary>
    public static async Task<Guid?> TryClaimAsync(HeadlessDbContext db, string name, long initialPosition, DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        if (!await db.IntegrationCheckpoints.AnyAsync(c => c.Name == name, ct))
        {
            db.IntegrationCheckpoints.Add(new IntegrationCheckpoint(name, initialPosition));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
            {
                // Another instance created it first; claim it like any other.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        var owner = Guid.NewGuid();
        var until = now + lease;
        var claimed = await db.IntegrationCheckpoints
            .Where(c => c.Name == name && (c.LeaseExpiresAt == null || c.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseOwner, owner).SetProperty(c => c.LeaseExpiresAt, until), ct);
        return claimed == 1 ? owner : null;
    }

    public static Task<long> PositionAsync(HeadlessDbContext db, string name, CancellationToken ct) =>
        db.IntegrationCheckpoints.Where(c => c.Name == name).Select(c => c.Position).SingleAsync(ct);

    /// <summary>Moves the checkpoint forward; false when the lease was lost (the caller's transaction must roll back).</summary>
    public static async Task<bool> AdvanceAsync(HeadlessDbContext db, string name, Guid owner, long position, CancellationToken ct) =>
        await db.IntegrationCheckpoints
            .Where(c => c.Name == name && c.LeaseOwner == owner && c.Position <= position)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Position, position), ct) == 1;

    public static Task ReleaseAsync(HeadlessDbContext db, string name, Guid owner) =>
        db.IntegrationCheckpoints
            .Where(c => c.Name == name && c.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseOwner, (Guid?)null).SetProperty(c => c.LeaseExpiresAt, (DateTimeOffset?)null), CancellationToken.None);
}

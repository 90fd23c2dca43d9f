using Headless.Domain.Payments;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Integrations.Feed;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Payments.Refunds;

/// <summary>
/// Asks the provider again about refunds it has not answered (it said "pending", or did not answer at all) until
/// each is SUCCEEDED or FAILED; <see cref="RefundService"/> records the answer, so the order, the payment, the
/// order's events and its status subscription follow as for a refund answered at once. One instance at a time holds
/// the follow-up (a lease on a checkpoint row, taken over when a holder dies); the others skip their turn.
/// <para>
/// Back-off without a column per refund: a refund is asked at <c>RefundRetryAfter</c> after it started, then after
/// twice that wait, four times, … (at most <c>RefundMaxBackoff</c> apart), and a run asks about the refunds whose
/// next ask fell between the previous run (the checkpoint's position) and now.
/// </para>
/// </summary>
public sealed partial class RefundFollowUp(HeadlessDbContext db, RefundService refunds, PaymentOptions options, TimeProvider clock, ILogger<RefundFollowUp> logger)
{
    public const string CheckpointName = "refund-follow-up";

    /// <summary>The audit action of what a follow-up changes (its actor is the system, named by <see cref="CheckpointName"/>).</summary>
    public const string AuditAction = "refundFollowUp";
    private const int BatchSize = 100;

    /// <summary>Refunds asked about in this run; null when another instance holds the follow-up.</summary>
    public async Task<int?> FollowUpDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var owner = await CheckpointLease.TryClaimAsync(db, CheckpointName, 0, now, options.RefundFollowUpLease, ct);
        if (owner is null)
        {
            return null;
        }

        try
        {
            var position = await CheckpointLease.PositionAsync(db, CheckpointName, ct);
            DateTimeOffset? previous = position == 0 ? null : new DateTimeOffset(position, TimeSpan.Zero);
            var pending = await db.Refunds.AsNoTracking().Where(r => r.Status == RefundStatus.Pending).Select(r => new { r.Id, r.CreatedAt }).ToListAsync(ct);
            var due = pending.Where(r => IsDue(r.CreatedAt, previous, now, options.RefundRetryAfter, options.RefundMaxBackoff))
                .OrderBy(r => r.CreatedAt).Take(BatchSize).Select(r => r.Id).ToList();
            var asked = 0;
            foreach (var id in due)
            {
                try
                {
                    // What the answer changes (refund, payment, order) is admin-relevant: it is audited in its own save,
                    // with the system as actor, as an admin mutation is.
                    using var audit = AuditContext.Begin(AuditActor.System(CheckpointName), AuditAction, null, null);
                    audit.SetTarget(nameof(Refund), id.ToString());
                    var refund = await refunds.ResumeAsync(id, ct);
                    asked++;
                    LogAsked(logger, id, refund?.Status);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // One refund's trouble must not hold up the others; it is asked again at its next turn.
                    LogFailed(logger, id, exception);
                }
            }

            db.ChangeTracker.Clear();
            await CheckpointLease.AdvanceAsync(db, CheckpointName, owner.Value, now.UtcTicks, ct);
            return asked;
        }
        finally
        {
            await CheckpointLease.ReleaseAsync(db, CheckpointName, owner.Value);
        }
    }

    /// <summary>Whether an ask of a refund started at <paramref name="started"/> fell after <paramref name="previous"/> and by <paramref name="now"/>.</summary>
    public static bool IsDue(DateTimeOffset started, DateTimeOffset? previous, DateTimeOffset now, TimeSpan first, TimeSpan max)
    {
        var wait = first > TimeSpan.Zero ? first : TimeSpan.FromMilliseconds(1);
        var ceiling = max > wait ? max : wait;
        var at = started + wait;
        while (at <= now)
        {
            if (previous is null || at > previous)
            {
                return true;
            }

            wait = wait * 2 < ceiling ? wait * 2 : ceiling;
            at += wait;
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Asked the provider again about refund {RefundId}: {Status}")]
    private static partial void LogAsked(ILogger logger, Guid refundId, RefundStatus? status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following up refund {RefundId} failed; it is asked again at its next turn")]
    private static partial void LogFailed(ILogger logger, Guid refundId, Exception exception);
}

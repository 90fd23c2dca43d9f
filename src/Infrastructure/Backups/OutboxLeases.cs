namespace Headless.Infrastructure.Backups;

/// <summary>
/// After a restore no process holds any outbox claim, but the rows may still carry the leases they had when the
/// backup was taken; clearing them lets the first instance send those rows at once instead of after the lease.
/// </summary>
internal static class OutboxLeases
{
    public const string ReleaseAllSql =
        "UPDATE outbox_messages SET lease_owner = NULL, lease_expires_at = NULL WHERE published_at IS NULL";
}

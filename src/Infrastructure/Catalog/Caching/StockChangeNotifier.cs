using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Catalog.Caching;

/// <summary>
/// Write paths report here which variants' stock they changed. Inside a transaction the report waits for the
/// commit (<see cref="StockChangeCommitInterceptor"/>): removing the cache entry earlier would let a reader cache
/// the old number again before the change is visible. A rollback drops it.
/// </summary>
public sealed class StockChangeNotifier(CatalogCache cache)
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _pending = [];

    public async Task ChangedAsync(DbContext db, IEnumerable<Guid> variantIds, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            await cache.StockChangedAsync(variantIds, ct);
            return;
        }

        var pending = _pending.GetOrCreateValue(db);
        lock (pending)
        {
            pending.UnionWith(variantIds);
        }
    }

    internal async Task CommittedAsync(DbContext db)
    {
        if (!_pending.TryGetValue(db, out var pending))
        {
            return;
        }

        Guid[] ids;
        lock (pending)
        {
            ids = [.. pending];
            pending.Clear();
        }

        // Not the request's token: the change is committed, so its invalidation must happen whatever the caller does now.
        await cache.StockChangedAsync(ids, CancellationToken.None);
    }

    internal void RolledBack(DbContext db)
    {
        if (_pending.TryGetValue(db, out var pending))
        {
            lock (pending)
            {
                pending.Clear();
            }
        }
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Headless.Infrastructure.Catalog.Caching;

/// <summary>Hands the stock changes of a transaction to the cache once it committed (see <see cref="StockChangeNotifier"/>).</summary>
internal sealed class StockChangeCommitInterceptor(StockChangeNotifier notifier) : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await notifier.CommittedAsync(context);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            notifier.CommittedAsync(context).GetAwaiter().GetResult();
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            notifier.RolledBack(context);
        }

        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            notifier.RolledBack(context);
        }
    }
}

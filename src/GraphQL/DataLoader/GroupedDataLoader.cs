namespace Headless.GraphQL.DataLoader;

/// <summary>Many values per key (for example the lines of each order), fetched for a whole batch of keys at once.</summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoader<TKey, TValue[]>
    where TKey : notnull
{
    protected GroupedDataLoader(IEqualityComparer<TKey>? keyComparer = null)
        : base(keyComparer)
    {
    }

    /// <summary>Fetches the values of distinct <paramref name="keys"/> grouped by key; a key without values loads as empty.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<IReadOnlyList<TValue[]>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue[keys.Count][];
        for (var i = 0; i < keys.Count; i++)
        {
            values[i] = [.. found[keys[i]]];
        }

        return values;
    }
}

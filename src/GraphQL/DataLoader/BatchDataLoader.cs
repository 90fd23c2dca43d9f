namespace Headless.GraphQL.DataLoader;

/// <summary>One value (or null) per key, fetched for a whole batch of keys at once (GreenDonut's BatchDataLoader).</summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoader<TKey, TValue?>
    where TKey : notnull
{
    protected BatchDataLoader(IEqualityComparer<TKey>? keyComparer = null)
        : base(keyComparer)
    {
    }

    /// <summary>Fetches the values of distinct <paramref name="keys"/>; keys missing from the result load as null.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<IReadOnlyList<TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            values[i] = found.TryGetValue(keys[i], out var value) ? value : default;
        }

        return values;
    }
}

namespace Headless.GraphQL.DataLoader;

/// <summary>What the scope needs of every loader: whether keys wait, and a way to send them as one batch.</summary>
public abstract class DataLoaderBase
{
    internal DataLoaderScope? Scope { get; set; }

    /// <summary>How spans and metrics name this loader: its type name, a bounded set fixed by the code.</summary>
    public virtual string Name => GetType().Name;

    internal abstract bool HasPendingKeys { get; }

    internal abstract Task DispatchAsync(CancellationToken cancellationToken);
}

namespace Headless.GraphQL.DataLoader;

/// <summary>What the scope needs of every loader: whether keys wait, and a way to send them as one batch.</summary>
public abstract class DataLoaderBase
{
    internal DataLoaderScope? Scope { get; set; }

    internal abstract bool HasPendingKeys { get; }

    internal abstract Task DispatchAsync(CancellationToken cancellationToken);
}

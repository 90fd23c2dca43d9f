using System.Threading.RateLimiting;

namespace Headless.Api.Hosting.RateLimiting;

/// <summary>
/// The fixed-window limiters of <see cref="RateLimitingOptions"/>, partitioned by client address (idle partitions
/// are dropped by the limiter itself). One per process: with several instances each enforces its own share.
/// </summary>
public sealed class StorefrontRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _mutations;
    private readonly PartitionedRateLimiter<string> _cartCreation;
    private readonly PartitionedRateLimiter<string> _customerMutations;
    private readonly PartitionedRateLimiter<string> _apiKeyMutations;

    public StorefrontRateLimiter(RateLimitingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _mutations = Create(options.Mutations);
        _cartCreation = Create(options.CartCreation);
        _customerMutations = Create(options.CustomerMutations);
        _apiKeyMutations = Create(options.ApiKeyMutations);
    }

    public RateLimitingOptions Options { get; }

    /// <summary>
    /// Takes the permits a mutation needs; on refusal, how long until the window that refused it opens again
    /// (rounded up to whole seconds, at least one).
    /// </summary>
    public TimeSpan? TryAcquire(string client, int mutationFields, int cartCreations)
    {
        if (Take(_cartCreation, Options.CartCreation, client, cartCreations) is { } creationWait)
        {
            return creationWait;
        }

        return Take(_mutations, Options.Mutations, client, mutationFields);
    }

    /// <summary>
    /// As <see cref="TryAcquire(string, int, int)"/>, for the budget of <paramref name="caller"/>: a signed-in customer
    /// or an API key has a budget of its own; anyone else counts against the address.
    /// </summary>
    public TimeSpan? TryAcquire(RateLimitCaller caller, int mutationFields, int cartCreations)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Kind switch
        {
            RateLimitCallerKind.Customer => Take(_cartCreation, Options.CartCreation, caller.Key, cartCreations)
                ?? Take(_customerMutations, Options.CustomerMutations, caller.Key, mutationFields),
            RateLimitCallerKind.ApiKey => Take(_apiKeyMutations, Options.ApiKeyMutations, caller.Key, mutationFields),
            _ => TryAcquire(caller.Key, mutationFields, cartCreations),
        };
    }

    public void Dispose()
    {
        _customerMutations.Dispose();
        _apiKeyMutations.Dispose();
        _mutations.Dispose();
        _cartCreation.Dispose();
    }

    private static TimeSpan? Take(PartitionedRateLimiter<string> limiter, FixedWindowSettings settings, string client, int permits)
    {
        if (permits <= 0)
        {
            return null;
        }

        // Asking for more than a window holds would never succeed; such a request simply takes the whole window.
        using var lease = limiter.AttemptAcquire(client, Math.Min(permits, settings.PermitLimit));
        if (lease.IsAcquired)
        {
            return null;
        }

        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : settings.Window;
        return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds)));
    }

    private static PartitionedRateLimiter<string> Create(FixedWindowSettings settings) =>
        PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, settings.PermitLimit),
            Window = settings.Window > TimeSpan.Zero ? settings.Window : TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}

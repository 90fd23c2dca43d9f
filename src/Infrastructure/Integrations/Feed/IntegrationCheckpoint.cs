namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>
/// How far one consumer of the feed has got (<see cref="Position"/>), and who is working on it: a consumer runs on
/// one instance at a time, the one holding an unexpired lease (<see cref="CheckpointLease"/>). Names:
/// <c>feed-sequencer</c>, <c>notifications</c>, <c>webhook:&lt;endpoint id&gt;</c>.
/// </summary>
public sealed class IntegrationCheckpoint
{
    public const int MaxNameLength = 100;

    public IntegrationCheckpoint(string name, long position)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, MaxNameLength);
        Name = name;
        Position = position;
    }

    // For EF Core materialization.
    private IntegrationCheckpoint()
    {
        Name = null!;
    }

    public string Name { get; private set; }

    /// <summary>The last feed position this consumer has fully handled.</summary>
    public long Position { get; private set; }

    public Guid? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseExpiresAt { get; private set; }
}

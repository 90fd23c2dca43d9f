namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>Settings under <c>Integrations:Feed</c>.</summary>
public sealed class FeedOptions
{
    public const string SectionName = "Integrations:Feed";

    /// <summary>How often the sequencer looks for committed order events without a position; zero turns it off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one instance holds the sequencer; a crashed holder's lease lapses after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Events given positions per transaction.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Most entries one page of the pull feed returns.</summary>
    public int MaxPageSize { get; set; } = 100;
}

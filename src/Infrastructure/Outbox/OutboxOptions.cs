namespace Headless.Infrastructure.Outbox;

/// <summary>Settings under <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often to look for unsent rows when nobody in this process signalled new ones (another instance may have written them).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a publisher owns the rows it claimed; after that another instance may send them again.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    public int BatchSize { get; set; } = 100;
}

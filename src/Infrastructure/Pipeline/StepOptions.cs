namespace Headless.Infrastructure.Pipeline;

/// <summary>Settings under <c>Outbox:Steps</c>: how order pipeline steps are run, retried and parked.</summary>
public sealed class StepOptions
{
    public const string SectionName = "Outbox:Steps";

    /// <summary>Whether this instance runs steps. Steps are still written when off, and run by an instance that has it on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Attempts before a step is parked (with the last error as its reason).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failure; doubled for each further one, plus up to as much again of jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an instance owns a step it claimed; a step that outlives it may run again elsewhere (handlers are idempotent).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often to look for due steps when nothing in this process signalled new ones.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public int BatchSize { get; set; } = 20;

    /// <summary>Loops claiming and running steps side by side in one instance, and the most steps (of different orders) running at once in it.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>
    /// The longest a step waits, before it runs, for the outbox publisher to send what this process committed: order
    /// events go out ahead of the steps they cause, and a publisher that lags (a row another instance holds) delays a step by no more.
    /// </summary>
    public TimeSpan OutboxPrecedence { get; set; } = TimeSpan.FromSeconds(1);
}

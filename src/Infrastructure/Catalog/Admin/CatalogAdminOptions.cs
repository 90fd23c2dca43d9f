namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>The <c>Catalog:Admin</c> settings.</summary>
public sealed class CatalogAdminOptions
{
    /// <summary>How often each instance applies due scheduled prices; zero turns the sweep off.</summary>
    public TimeSpan ScheduledPriceInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often each instance looks for a background import to run; zero turns the worker off on this instance.</summary>
    public TimeSpan ImportPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows per batch of a background import (a product's rows are never split), each batch one transaction.</summary>
    public int ImportBatchSize { get; set; } = 500;

    /// <summary>How long a background import stays with the instance running it without a written batch; then another takes it up.</summary>
    public TimeSpan ImportLease { get; set; } = TimeSpan.FromSeconds(30);
}

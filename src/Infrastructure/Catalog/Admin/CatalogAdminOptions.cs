namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>The <c>Catalog:Admin</c> settings.</summary>
public sealed class CatalogAdminOptions
{
    /// <summary>How often each instance applies due scheduled prices; zero turns the sweep off.</summary>
    public TimeSpan ScheduledPriceInterval { get; set; } = TimeSpan.FromSeconds(1);
}

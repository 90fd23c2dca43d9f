namespace Headless.Api.Storefront.Ordering;

/// <summary>Settings under <c>Storefront:OrderStatus</c>.</summary>
public sealed class OrderStatusOptions
{
    public const string SectionName = "Storefront:OrderStatus";

    /// <summary>
    /// How often an open <c>orderStatusChanged</c> checks the database for events the bus did not bring
    /// (a message published while this instance was re-subscribing after a Redis outage, with none after it).
    /// </summary>
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromSeconds(30);
}

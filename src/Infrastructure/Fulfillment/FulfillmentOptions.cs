namespace Headless.Infrastructure.Fulfillment;

/// <summary>Settings under <c>Fulfillment</c>.</summary>
public sealed class FulfillmentOptions
{
    public const string SectionName = "Fulfillment";

    /// <summary>Stock location codes in the order to ship from when several could serve an order equally well.</summary>
    public List<string> LocationOrder { get; set; } = [];
}

namespace Headless.Api.Tests.Admin.Orders;

/// <summary>Host settings of the admin order tests: session checks uncached, and no mutation budget in the way.</summary>
internal static class AdminOrdersSettings
{
    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["Authentication:SessionCheckCacheDuration"] = "00:00:00",
    };
}

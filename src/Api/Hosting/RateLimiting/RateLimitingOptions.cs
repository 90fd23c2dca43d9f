namespace Headless.Api.Hosting.RateLimiting;

/// <summary>
/// Settings under <c>RateLimiting</c>: per client address, how many storefront writes a window allows. On by
/// default with limits no shopper reaches; a flood of anonymous carts is what they stop.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Root fields of mutations (every cart change, placeOrder), counted together.</summary>
    public FixedWindowSettings Mutations { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// Root mutation fields of a signed-in customer, counted per customer (the token's <c>sub</c>) instead of per
    /// address, so shoppers behind one address (an office, a mobile carrier's NAT) do not share one budget.
    /// </summary>
    public FixedWindowSettings CustomerMutations { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Root mutation fields of an integrator's API key, counted per key.</summary>
    public FixedWindowSettings ApiKeyMutations { get; set; } = new() { PermitLimit = 1200, Window = TimeSpan.FromMinutes(1) };

    /// <summary><c>createCart</c> alone, which also counts as a mutation: new carts are the cheap thing to flood with.</summary>
    public FixedWindowSettings CartCreation { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };
}

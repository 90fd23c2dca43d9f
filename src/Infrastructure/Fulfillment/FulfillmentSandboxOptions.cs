namespace Headless.Infrastructure.Fulfillment;

/// <summary>Settings under <c>Fulfillment:Sandbox</c>.</summary>
public sealed class FulfillmentSandboxOptions
{
    public const string SectionName = "Fulfillment:Sandbox";

    /// <summary>Whether the sandbox operator runs (it credits nothing real). Off unless set: appsettings.Development.json turns it on.</summary>
    public bool Enabled { get; set; }

    /// <summary>How long the operator takes to answer after crediting (a slow operator, for tests that kill the process in between).</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;
}

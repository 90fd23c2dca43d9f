namespace Headless.Api.Tests.Support;

/// <summary>
/// What every test host runs with outside Development: the sandbox providers switched on, with webhook secrets
/// of their own (the built-in ones refuse to start), and the automatic pipeline off unless a test asks for it.
/// </summary>
public static class TestHostSettings
{
    public const string WebhookSecret = "whsec_tests_only_8f1c2a";
    public const string CarrierWebhookSecret = "whsec_carrier_tests_only_3d9e71";

    public static readonly IReadOnlyDictionary<string, string> Sandbox = new Dictionary<string, string>
    {
        ["Payments:Sandbox:Enabled"] = "true",
        ["Payments:Sandbox:WebhookSecret"] = WebhookSecret,
        ["Fulfillment:Sandbox:Enabled"] = "true",
        ["Carriers:Sandbox:Enabled"] = "true",
        ["Carriers:Sandbox:WebhookSecret"] = CarrierWebhookSecret,

        // Tests of checkout and webhooks move orders on by hand; pipeline tests turn the automatic steps on.
        ["Outbox:Steps:Enabled"] = "false",

        // The integrator feed, webhook and notification sweeps poll every second; their own tests start them, and
        // elsewhere they would add statements to tests that count SQL.
        ["Integrations:Feed:Interval"] = "00:00:00",
        ["Webhooks:PollInterval"] = "00:00:00",
        ["Notifications:PollInterval"] = "00:00:00",

        // The scheduled-price sweep likewise; its test turns it on.
        ["Catalog:Admin:ScheduledPriceInterval"] = "00:00:00",
    };

    /// <summary>The automatic pipeline on, over <see cref="Sandbox"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Pipeline = new Dictionary<string, string>
    {
        ["Outbox:Steps:Enabled"] = "true",
        ["Outbox:Steps:RetryDelay"] = "00:00:00.100",
        ["Outbox:Steps:PollInterval"] = "00:00:00.200",
    };

    /// <summary>The same as environment variables, for server processes.</summary>
    public static IEnumerable<KeyValuePair<string, string>> SandboxEnvironment =>
        Sandbox.Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value));
}

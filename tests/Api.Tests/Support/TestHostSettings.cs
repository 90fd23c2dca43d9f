namespace Headless.Api.Tests.Support;

/// <summary>
/// What every test host runs with outside Development: the sandbox provider switched on, with a webhook secret
/// of its own (the built-in one refuses to start).
/// </summary>
public static class TestHostSettings
{
    public const string WebhookSecret = "whsec_tests_only_8f1c2a";

    public static readonly IReadOnlyDictionary<string, string> Sandbox = new Dictionary<string, string>
    {
        ["Payments:Sandbox:Enabled"] = "true",
        ["Payments:Sandbox:WebhookSecret"] = WebhookSecret,
    };

    /// <summary>The same as environment variables, for server processes.</summary>
    public static IEnumerable<KeyValuePair<string, string>> SandboxEnvironment =>
        Sandbox.Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value));
}

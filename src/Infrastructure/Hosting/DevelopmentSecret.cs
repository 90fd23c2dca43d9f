namespace Headless.Infrastructure.Hosting;

/// <summary>
/// A secret setting that ships with a value only fit for development. Register one per secret in use; the host
/// refuses to start outside Development while <see cref="CurrentValue"/> is that value or empty.
/// </summary>
/// <param name="Setting">The configuration key, as an operator would set it (e.g. <c>Payments:Sandbox:WebhookSecret</c>).</param>
public sealed record DevelopmentSecret(string Setting, string DevelopmentValue, string? CurrentValue)
{
    public bool IsUnsafeOutsideDevelopment =>
        string.IsNullOrWhiteSpace(CurrentValue) || string.Equals(CurrentValue, DevelopmentValue, StringComparison.Ordinal);

    // Records print their members; a secret must never reach a log line.
    public override string ToString() => $"DevelopmentSecret {Setting}";
}

using Headless.Infrastructure.Integrations;
using Headless.Infrastructure.Tests.Ordering;

namespace Headless.Infrastructure.Tests.Integrations;

/// <summary>
/// One real database (a SQLite file or a private PostgreSQL database) on which tests start "instances": each its
/// own service provider, as two API processes would be. Webhook targets on loopback are allowed (the receiver is).
/// </summary>
internal sealed class IntegrationDatabase(string provider, string connectionString)
{
    public static IntegrationDatabase Sqlite(string file) => new("Sqlite", $"Data Source={file}");

    public static IntegrationDatabase Postgres(string connectionString) => new("Postgres", connectionString);

    public string Provider { get; } = provider;

    public Task<OrderingHost> StartInstanceAsync(params (string Key, string? Value)[] settings)
    {
        // Later settings win, as in a layered configuration.
        (string Key, string? Value)[] all = [("Database:Provider", Provider), ("ConnectionStrings:Headless", connectionString), ("Webhooks:AllowInsecureTargets", "true"), .. settings];
        var merged = all.GroupBy(s => s.Key).Select(g => g.Last()).ToArray();
        return OrderingHost.StartAsync(null, merged, (services, configuration) => services.AddHeadlessIntegrations(configuration, isDevelopment: false));
    }
}

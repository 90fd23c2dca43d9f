using Headless.Api.Tests.Support;
using Headless.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Api.Tests.Storefront;

/// <summary>
/// The real host in memory on a seeded database of the given provider, counting the SQL it runs;
/// with the sandbox provider on (<see cref="TestHostSettings"/>); <paramref name="settings"/> override configuration keys (e.g. <c>Checkout:ReservationDuration</c>).
/// </summary>
public sealed class StorefrontApiFactory(string provider, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public SqlStatementCounter Statements { get; } = new();

    /// <summary>What the host logged; warnings and errors also reach the test output.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The captured warnings and errors with their exceptions, one per line, for assertion messages.</summary>
    public string LoggedProblems() =>
        string.Join('\n', Logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Headless", connectionString);
        builder.UseSetting("Redis:Configuration", "");
        // The outbox publisher's idle polling would count as statements of the request being measured; it still
        // wakes at once when an order or webhook signals new events.
        builder.UseSetting("Outbox:PollInterval", "01:00:00");
        // Likewise the background catalog import and the refund follow-up polls (0 = off); tests of those turn
        // them on in their own settings.
        builder.UseSetting("Catalog:Admin:ImportPollInterval", "00:00:00");
        builder.UseSetting("Payments:RefundFollowUpInterval", "00:00:00");
        // The contract tests read the schema through introspection, which is off outside Development by default.
        builder.UseSetting("GraphQL:Introspection:Production", "On");
                foreach (var (key, value) in TestHostSettings.Sandbox.Concat(settings ?? new Dictionary<string, string>()))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Statements));
        builder.ConfigureLogging(logging => logging.UseTestHostLogging(Logs));
    }
}

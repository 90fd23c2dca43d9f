using Headless.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Headless.Api.Tests;

/// <summary>
/// The real host in memory, on its own SQLite file in the temp directory, with in-process messaging
/// unless Redis is given. What it logs is in <see cref="Logs"/>; warnings and errors also reach the test
/// output, except from <paramref name="expectedFailureCategories"/> (what the test makes fail on purpose).
/// </summary>
public sealed class HeadlessApiFactory(
    string? redisConfiguration = null,
    IReadOnlyCollection<string>? expectedFailureCategories = null,
    string environment = "Testing")
    : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"headless-api-{Guid.NewGuid():N}.db");

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Headless", $"Data Source={_databasePath}");
        // Set even when empty, so a Redis__Configuration in the machine's environment cannot leak in.
        builder.UseSetting("Redis:Configuration", redisConfiguration ?? "");
        builder.ConfigureLogging(logging => logging.UseTestHostLogging(Logs, expectedFailureCategories));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests;

/// <summary>
/// The real host in memory, on its own SQLite file in the temp directory, with in-process messaging
/// unless Redis is given.
/// </summary>
public sealed class HeadlessApiFactory(string? redisConfiguration = null) : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"headless-api-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Headless", $"Data Source={_databasePath}");
        // Set even when empty, so a Redis__Configuration in the machine's environment cannot leak in.
        builder.UseSetting("Redis:Configuration", redisConfiguration ?? "");
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

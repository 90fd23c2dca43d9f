using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests;

/// <summary>
/// The real host in memory, on its own SQLite file in the temp directory, with in-process messaging
/// unless Redis is given. It reads the shipped appsettings.json; <paramref name="environment"/> and
/// <paramref name="settings"/> (configuration keys, e.g. <c>GraphQL:Ide:Enabled</c>) go over it.
/// </summary>
public sealed class HeadlessApiFactory(
    string? redisConfiguration = null, string environment = "Testing", IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"headless-api-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Headless", $"Data Source={_databasePath}");
        // Set even when empty, so a Redis__Configuration in the machine's environment cannot leak in.
        builder.UseSetting("Redis:Configuration", redisConfiguration ?? "");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
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

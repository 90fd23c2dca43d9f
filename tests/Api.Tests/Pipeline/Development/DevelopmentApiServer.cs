using Headless.Api.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Headless.Api.Tests.Pipeline.Development;

/// <summary>
/// One real API server process run as Development runs it (as <c>DemoScriptTests</c> starts it): the pipeline on and
/// the sandbox carrier moving its parcels along by itself, on a SQLite file of its own.
/// </summary>
public sealed class DevelopmentApiServer : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-development-{Guid.NewGuid():N}.db");

    public ApiServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Server = await ApiServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Headless"] = $"Data Source={_path}",
            // Test servers start with the pipeline off (TestHostSettings); Development has it on.
            ["Outbox__Steps__Enabled"] = "true",
            ["Carriers__Sandbox__AutoAdvance"] = "true",
        });

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}

using Headless.Api.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Headless.Api.Tests.Checkout;

/// <summary>One real API server process on its own SQLite file, with the in-process message bus.</summary>
public sealed class SqliteApiServer : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-server-{Guid.NewGuid():N}.db");

    public ApiServerProcess Server { get; private set; } = null!;

    public string ConnectionString => $"Data Source={_path}";

    public async Task InitializeAsync() =>
        Server = await ApiServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Headless"] = ConnectionString,
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

using Microsoft.Data.Sqlite;

namespace Headless.Api.Tests.Storefront;

/// <summary>A SQLite file for one test class; the host migrates and seeds it on start.</summary>
public class SqliteStorefront : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-storefront-{Guid.NewGuid():N}.db");
    private readonly IReadOnlyDictionary<string, string>? _settings;

    public SqliteStorefront()
        : this(null)
    {
    }

    /// <param name="settings">Configuration the host runs with, over the test defaults.</param>
    protected SqliteStorefront(IReadOnlyDictionary<string, string>? settings) => _settings = settings;

    public StorefrontApiFactory Factory { get; private set; } = null!;

    public string ConnectionString => $"Data Source={_path}";

    public Task InitializeAsync()
    {
        Factory = new StorefrontApiFactory("Sqlite", ConnectionString, _settings);
        Factory.CreateClient().Dispose(); // start the host: migrate and seed
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}

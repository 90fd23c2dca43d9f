using System.Diagnostics;
using Npgsql;

namespace Headless.Tests.Shared;

/// <summary>
/// A private PostgreSQL for one test run: initdb into a temp directory, start on a free loopback port,
/// stop and delete everything at the end. Use it as an xunit collection fixture so it starts once.
/// Missing binaries make the tests fail (never skip) with <see cref="InstallHint"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string InstallHint = "run ./build.sh test (installs postgresql via apt-get) or apt-get install postgresql";

    private const string SuperUser = "postgres";

    // Each test database has a pool of its own (up to Npgsql's 100 connections); several run at once.
    private const int MaxConnections = 500;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private string? _root;
    private string? _binDirectory;
    private int _databaseCounter;

    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(_root!, "data");

    private string LogFile => Path.Combine(_root!, "postgres.log");

    /// <summary>
    /// A connection string to <paramref name="database"/> on this server, with Npgsql's production defaults
    /// (pooling on, idle connections closed sooner): without the pool every command opened a connection, and on a loaded machine that alone
    /// made concurrency tests run into request timeouts.
    /// </summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = SuperUser,
            Database = database,
            // Every test host leaves its database's pool behind; with Npgsql's 300 s idle lifetime the idle
            // connections of finished hosts added up past max_connections in a full run.
            ConnectionIdleLifetime = 10,
            ConnectionPruningInterval = 2,
        }.ConnectionString;

    /// <summary>Creates a fresh, empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid():N}".ToLowerInvariant();
        name = name[..Math.Min(name.Length, 63)];
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task InitializeAsync()
    {
        _binDirectory = FindBinDirectory() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found on PATH or under /usr/lib/postgresql/*/bin: {InstallHint}.");

        _root = Directory.CreateTempSubdirectory("headless-pg-").FullName;
        if (RunningAsRoot)
        {
            // PostgreSQL refuses to run as root; hand the directory to the postgres user.
            await RunAsync("chown", ["-R", "postgres:postgres", _root]);
        }

        Port = LoopbackPort.Next();
        await RunPostgresToolAsync("initdb", ["-D", DataDirectory, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"]);
        var serverOptions = $"-p {Port} -h 127.0.0.1 -k {_root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections={MaxConnections}";
        try
        {
            await RunPostgresToolAsync("pg_ctl", ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(), "-o", serverOptions]);
            await WaitUntilAcceptingConnectionsAsync();
        }
        catch (Exception ex)
        {
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "(no log)";
            throw new InvalidOperationException($"PostgreSQL did not start on port {Port}: {ex.Message}\n{log}", ex);
        }
    }

    public async Task DisposeAsync()
    {
        if (_root is null)
        {
            return;
        }

        try
        {
            if (Directory.Exists(DataDirectory) && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                await RunPostgresToolAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "immediate", "-w"]);
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
            _root = null;
        }
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    private async Task WaitUntilAcceptingConnectionsAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString());
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private static string? FindBinDirectory()
    {
        static bool HasServer(string directory) =>
            new[] { "initdb", "pg_ctl", "postgres" }.All(tool => File.Exists(Path.Combine(directory, tool)));

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin"))
            : [];
        return onPath.Concat(debian).FirstOrDefault(HasServer);
    }

    private Task RunPostgresToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var executable = Path.Combine(_binDirectory!, tool);
        return RunningAsRoot
            ? RunAsync("runuser", ["-u", SuperUser, "--", executable, .. arguments])
            : RunAsync(executable, arguments);
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout * 2);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}

using System.Diagnostics;
using Npgsql;

namespace Headless.Infrastructure.Backups;

/// <summary>
/// PostgreSQL through <c>pg_dump --format=custom</c> (one consistent snapshot of the database, taken in a
/// repeatable-read transaction while the server keeps serving) and <c>pg_restore --clean --if-exists</c>.
/// </summary>
internal sealed class PostgresDatabaseBackup(string connectionString, string binDirectory) : IDatabaseBackup
{
    // Any fixed 64-bit number; only scheduled backups of Headless take it.
    private const long ScheduleLockKey = 0x4865_6164_6C65_7373; // "Headless"

    public string FileExtension => ".dump";

    private NpgsqlConnectionStringBuilder Connection => new(connectionString);

    public Task<BackupResult> BackupAsync(string file, CancellationToken ct = default) =>
        BackupFiles.WriteAsync(file, partial =>
            PostgresTools.Find(binDirectory).RunAsync("pg_dump", Connection, ["--format=custom", "--no-password", "--file", partial], ct));

    public async Task<BackupResult> RestoreAsync(string file, bool force, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var source = BackupFiles.Existing(file);

        var tools = PostgresTools.Find(binDirectory);
        var connection = Connection;
        // Fails on anything that is not a pg_dump archive before the database is touched.
        await tools.RunAsync("pg_restore", connection, ["--list", source], ct);

        var database = connection.Database ?? throw new BackupException("ConnectionStrings:Headless names no Database");
        if (!await DatabaseExistsAsync(database, ct))
        {
            await CreateDatabaseAsync(database, ct);
        }
        else if (await UserTablesAsync(ct) is var tables and > 0 && !force)
        {
            throw new BackupException($"database {database} is not empty ({tables} tables); pass --force to replace it");
        }

        await tools.RunAsync(
            "pg_restore",
            connection,
            ["--clean", "--if-exists", "--no-owner", "--exit-on-error", "--single-transaction", "--no-password", "--dbname", database, source],
            ct);

        await using (var restored = new NpgsqlConnection(connectionString))
        {
            await restored.OpenAsync(ct);
            await using var release = new NpgsqlCommand(OutboxLeases.ReleaseAllSql, restored);
            await release.ExecuteNonQueryAsync(ct);
        }

        NpgsqlConnection.ClearAllPools();
        return new BackupResult(source, new FileInfo(source).Length, watch.Elapsed);
    }

    public async Task<IAsyncDisposable?> TryLockAsync(string directory, CancellationToken ct = default)
    {
        // A session lock on a connection of its own: held for the whole backup, and released by the server if this
        // instance dies, so no lease can be left behind.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", ScheduleLockKey);
        if (await command.ExecuteScalarAsync(ct) is true)
        {
            return connection;
        }

        await connection.DisposeAsync();
        return null;
    }

    private NpgsqlConnection Maintenance()
    {
        var builder = Connection;
        builder.Database = "postgres";
        builder.Pooling = false;
        return new NpgsqlConnection(builder.ConnectionString);
    }

    private async Task<bool> DatabaseExistsAsync(string database, CancellationToken ct)
    {
        await using var connection = Maintenance();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    private async Task CreateDatabaseAsync(string database, CancellationToken ct)
    {
        await using var connection = Maintenance();
        await connection.OpenAsync(ct);
        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var command = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<long> UserTablesAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}

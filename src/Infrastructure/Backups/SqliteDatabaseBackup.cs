using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Headless.Infrastructure.Backups;

/// <summary>
/// SQLite through its online backup API: the copy is taken page by page under one read transaction, so it is a
/// consistent snapshot even while the server writes (in WAL mode writers are not even held up).
/// </summary>
internal sealed class SqliteDatabaseBackup(string connectionString) : IDatabaseBackup
{
    public string FileExtension => ".db";

    private string DatabaseFile => new SqliteConnectionStringBuilder(connectionString).DataSource;

    public Task<BackupResult> BackupAsync(string file, CancellationToken ct = default)
    {
        if (!File.Exists(DatabaseFile))
        {
            throw new BackupException($"there is no SQLite database at {DatabaseFile}");
        }

        return BackupFiles.WriteAsync(file, async partial =>
        {
            await using var source = await OpenAsync(connectionString, SqliteOpenMode.ReadOnly, ct);
            await using var copy = await OpenAsync(partial, SqliteOpenMode.ReadWriteCreate, ct);
            source.BackupDatabase(copy);
            // A backup is one self-contained file: no -wal beside it that a copy to elsewhere could leave behind.
            await ExecuteAsync(copy, "PRAGMA journal_mode=DELETE", ct);
        });
    }

    public async Task<BackupResult> RestoreAsync(string file, bool force, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var source = BackupFiles.Existing(file);

        await using var backup = await OpenAsync(source, SqliteOpenMode.ReadOnly, ct);
        await EnsureHeadlessBackupAsync(backup, source, ct);

        var databaseFile = DatabaseFile;
        if (!File.Exists(databaseFile))
        {
            // A -wal or -shm left from a deleted database must not be replayed into the restored one.
            File.Delete(databaseFile + "-wal");
            File.Delete(databaseFile + "-shm");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databaseFile))!);
        await using (var target = await OpenAsync(connectionString, SqliteOpenMode.ReadWriteCreate, ct))
        {
            var tables = await ScalarAsync(target, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", ct);
            if (tables > 0 && !force)
            {
                throw new BackupException($"{databaseFile} is not empty ({tables} tables); pass --force to replace it");
            }

            backup.BackupDatabase(target);
            await ExecuteAsync(target, OutboxLeases.ReleaseAllSql, ct);
        }

        return new BackupResult(source, new FileInfo(source).Length, watch.Elapsed);
    }

    public Task<IAsyncDisposable?> TryLockAsync(string directory, CancellationToken ct = default) =>
        Task.FromResult(BackupLockFile.TryTake(directory));

    private static async Task EnsureHeadlessBackupAsync(SqliteConnection backup, string source, CancellationToken ct)
    {
        try
        {
            var check = await TextAsync(backup, "PRAGMA quick_check", ct);
            var history = await ScalarAsync(backup, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{Persistence.HeadlessDbContext.MigrationsHistoryTable}'", ct);
            if (check != "ok" || history == 0)
            {
                throw new BackupException($"{source} is not a Headless SQLite backup ({(check == "ok" ? "no migration history" : check)})");
            }
        }
        catch (SqliteException ex)
        {
            throw new BackupException($"{source} is not a readable SQLite database: {ex.Message}", ex);
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string connectionStringOrFile, SqliteOpenMode mode, CancellationToken ct)
    {
        var builder = connectionStringOrFile.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(connectionStringOrFile)
            : new SqliteConnectionStringBuilder { DataSource = connectionStringOrFile };
        // No pool: the file must really be closed when we are done (moved, replaced, or handed to the server).
        builder.Pooling = false;
        builder.Mode = mode;
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> TextAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}

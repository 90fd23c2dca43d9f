namespace Headless.Infrastructure.Backups;

/// <summary>Backs up and restores the configured database in one file (SQLite database file, or pg_dump custom format).</summary>
public interface IDatabaseBackup
{
    /// <summary>The file extension backups of this provider get (".db", ".dump").</summary>
    string FileExtension { get; }

    /// <summary>Writes a consistent copy of the database to <paramref name="file"/> while it may be in use; replaces the file only when complete.</summary>
    Task<BackupResult> BackupAsync(string file, CancellationToken ct = default);

    /// <summary>
    /// Replaces the database with the backup in <paramref name="file"/>. Refuses (<see cref="BackupException"/>) when the
    /// database holds tables and <paramref name="force"/> is false. Run it while no instance is serving that database.
    /// </summary>
    Task<BackupResult> RestoreAsync(string file, bool force, CancellationToken ct = default);

    /// <summary>
    /// Takes the lock that lets one instance at a time run the scheduled backup (a PostgreSQL advisory lock, or for
    /// SQLite a lock file in <paramref name="directory"/>); null when another instance holds it.
    /// </summary>
    Task<IAsyncDisposable?> TryLockAsync(string directory, CancellationToken ct = default);
}

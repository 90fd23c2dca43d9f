namespace Headless.Infrastructure.Backups;

/// <summary>
/// An exclusive lock file in the backup directory, for SQLite (one machine): the operating system releases it
/// when the process ends, so a crashed instance never leaves it held.
/// </summary>
internal sealed class BackupLockFile(FileStream stream) : IAsyncDisposable
{
    public const string Name = ".backup.lock";

    public static IAsyncDisposable? TryTake(string directory)
    {
        Directory.CreateDirectory(directory);
        try
        {
            return new BackupLockFile(new FileStream(Path.Combine(directory, Name), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync() => stream.DisposeAsync();
}

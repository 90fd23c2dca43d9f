using System.Diagnostics;

namespace Headless.Infrastructure.Backups;

/// <summary>The file handling both providers share: a backup appears under its name only once it is complete.</summary>
internal static class BackupFiles
{
    /// <summary>Lets <paramref name="write"/> fill a partial file beside <paramref name="file"/>, then moves it into place.</summary>
    public static async Task<BackupResult> WriteAsync(string file, Func<string, Task> write)
    {
        var watch = Stopwatch.StartNew();
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + $".partial-{Guid.NewGuid():N}";
        try
        {
            await write(partial);
            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        return new BackupResult(target, new FileInfo(target).Length, watch.Elapsed);
    }

    /// <summary>The full path of a backup to restore, which must exist.</summary>
    public static string Existing(string file)
    {
        var source = Path.GetFullPath(file);
        return File.Exists(source) ? source : throw new BackupException($"no backup file at {source}");
    }
}

using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Backups;

/// <summary>
/// Takes a backup every <see cref="BackupOptions.Schedule"/> into <see cref="BackupOptions.Directory"/> and prunes old
/// ones. With several instances, the one that takes the lock first does it; the others find the new file (when the
/// directory is shared) and wait for the next turn, or take their own when it is not.
/// </summary>
public sealed partial class ScheduledBackupService(
    IDatabaseBackup backup,
    BackupOptions options,
    TimeProvider clock,
    ILogger<ScheduledBackupService> logger) : BackgroundService
{
    public const string FilePrefix = "headless-";
    private const string StampFormat = "yyyyMMdd'T'HHmmss'Z'";
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await RunIfDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
                wait = TimeSpan.FromTicks(Math.Min(RetryAfterFailure.Ticks, options.Schedule.Ticks));
            }

            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Backs up when the newest backup is a schedule old (or there is none); returns how long until the next is due.</summary>
    internal async Task<TimeSpan> RunIfDueAsync(CancellationToken ct)
    {
        var untilDue = UntilDue();
        if (untilDue > TimeSpan.Zero)
        {
            return untilDue;
        }

        await using var held = await backup.TryLockAsync(options.Directory, ct);
        if (held is null)
        {
            // Another instance is at it; look again shortly.
            return TimeSpan.FromTicks(Math.Min(options.Schedule.Ticks, TimeSpan.FromSeconds(30).Ticks));
        }

        // It may have finished one while we waited for the lock.
        untilDue = UntilDue();
        if (untilDue > TimeSpan.Zero)
        {
            return untilDue;
        }

        var file = Path.Combine(options.Directory, FilePrefix + clock.GetUtcNow().ToString(StampFormat, CultureInfo.InvariantCulture) + backup.FileExtension);
        var result = await backup.BackupAsync(file, ct);
        LogWritten(logger, result.File, result.Bytes, (long)result.Duration.TotalMilliseconds);
        Prune();
        return options.Schedule;
    }

    private TimeSpan UntilDue() =>
        Backups().FirstOrDefault() is { } newest ? newest.TakenAt + options.Schedule - clock.GetUtcNow() : TimeSpan.Zero;

    /// <summary>Deletes backups beyond the newest <c>Retention:Count</c> or older than <c>Retention:Age</c>; never the newest.</summary>
    internal void Prune()
    {
        var now = clock.GetUtcNow();
        var backups = Backups();
        for (var i = 1; i < backups.Count; i++)
        {
            var tooMany = options.Retention.Count > 0 && i >= options.Retention.Count;
            var tooOld = options.Retention.Age > TimeSpan.Zero && now - backups[i].TakenAt > options.Retention.Age;
            if (tooMany || tooOld)
            {
                File.Delete(backups[i].Path);
                LogPruned(logger, backups[i].Path);
            }
        }
    }

    /// <summary>This provider's scheduled backups in the directory, newest first, with the time in their names.</summary>
    private List<(string Path, DateTimeOffset TakenAt)> Backups()
    {
        if (!Directory.Exists(options.Directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(options.Directory, FilePrefix + "*" + backup.FileExtension)
            .Select(path => (Path: path, Stamp: Path.GetFileNameWithoutExtension(path)[FilePrefix.Length..]))
            .Where(f => DateTimeOffset.TryParseExact(f.Stamp, StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            .Select(f => (f.Path, TakenAt: DateTimeOffset.ParseExact(f.Stamp, StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)))
            .OrderByDescending(f => f.TakenAt)
            .ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled backup written to {File} ({Bytes} bytes in {Milliseconds} ms)")]
    private static partial void LogWritten(ILogger logger, string file, long bytes, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted backup {File} (Backups:Retention)")]
    private static partial void LogPruned(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled backup failed; trying again later")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

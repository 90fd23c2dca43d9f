namespace Headless.Infrastructure.Backups;

/// <summary>What a backup or restore did: the file, its size and how long it took.</summary>
public sealed record BackupResult(string File, long Bytes, TimeSpan Duration);

namespace Headless.Infrastructure.Backups;

/// <summary>A backup or restore that cannot be done, with a message fit for the one line the command prints.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);

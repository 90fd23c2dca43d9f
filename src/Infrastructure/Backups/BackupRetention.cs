namespace Headless.Infrastructure.Backups;

/// <summary>
/// <c>Backups:Retention</c>: a scheduled backup is deleted once it is beyond the newest <see cref="Count"/> or older than
/// <see cref="Age"/> (whichever comes first; zero turns that rule off). The newest backup is never deleted.
/// </summary>
public sealed class BackupRetention
{
    public int Count { get; set; } = 7;

    public TimeSpan Age { get; set; } = TimeSpan.Zero;
}

namespace Headless.Infrastructure.Backups;

/// <summary>Settings under <c>Backups</c>: the host's scheduled backups and where the command-line tools are found.</summary>
public sealed class BackupOptions
{
    public const string SectionName = "Backups";

    /// <summary>How often the host takes a backup; unset or zero: never (the <c>backup</c> command still works).</summary>
    public TimeSpan Schedule { get; set; } = TimeSpan.Zero;

    /// <summary>Where scheduled backups are written; relative paths count from the content root.</summary>
    public string Directory { get; set; } = "backups";

    /// <summary>Which scheduled backups to keep.</summary>
    public BackupRetention Retention { get; set; } = new();

    /// <summary>
    /// The folder of <c>pg_dump</c>/<c>pg_restore</c>; empty: PATH, then the newest <c>/usr/lib/postgresql/*/bin</c>.
    /// The tools must be at least as new as the server.
    /// </summary>
    public string PostgresBinDirectory { get; set; } = "";
}

using Headless.Infrastructure.Backups;

namespace Headless.Api.Hosting;

/// <summary>
/// <c>Headless.Api backup --to FILE</c> and <c>restore --from FILE [--force]</c>: run against the configured database
/// with the host's configuration (appsettings, environment, the remaining arguments), without starting the web host.
/// One line of output; exit code 0 on success, 1 when it failed, 2 for a usage error.
/// </summary>
public static class BackupCommand
{
    public const int Failed = 1;
    public const int Usage = 2;

    private const string UsageText = "usage: Headless.Api backup --to <file> | restore --from <file> [--force] [--Key=Value ...]";

    public static bool Handles(string[] args) => args is ["backup" or "restore", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var command = args[0];
        var fileOption = command == "backup" ? "--to" : "--from";
        string? file = null;
        var force = false;
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == fileOption && i + 1 < args.Length)
            {
                file = args[++i];
            }
            else if (args[i] == "--force" && command == "restore")
            {
                force = true;
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            await error.WriteLineAsync(UsageText);
            return Usage;
        }

        // The same configuration as the server would read, so the command finds the same database.
        var configuration = WebApplication.CreateBuilder(ContentRoot.Options([.. rest])).Configuration;
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var backup = DatabaseBackups.Create(configuration);
            if (command == "backup")
            {
                var done = await backup.BackupAsync(file, cancel.Token);
                await output.WriteLineAsync($"Backed up the database to {done.File} ({done.Bytes} bytes in {done.Duration.TotalSeconds:0.0} s)");
            }
            else
            {
                var done = await backup.RestoreAsync(file, force, cancel.Token);
                await output.WriteLineAsync($"Restored the database from {done.File} ({done.Bytes} bytes in {done.Duration.TotalSeconds:0.0} s)");
            }

            return 0;
        }
        catch (Exception ex) when (ex is BackupException or System.Data.Common.DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The connection string never appears: our messages name files and databases, driver messages name neither password nor host string.
            await error.WriteLineAsync($"{command} failed: {ex.Message}");
            return Failed;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync($"{command} cancelled");
            return Failed;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}

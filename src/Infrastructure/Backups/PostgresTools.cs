using System.Diagnostics;
using Npgsql;

namespace Headless.Infrastructure.Backups;

/// <summary>
/// Runs <c>pg_dump</c>/<c>pg_restore</c> with the connection given to libpq as environment variables: the password
/// travels in <c>PGPASSWORD</c>, never on the command line where <c>ps</c> would show it to every user.
/// </summary>
internal sealed class PostgresTools(string binDirectory)
{
    public static PostgresTools Find(string configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(Path.Combine(configured, "pg_dump"))
                ? new PostgresTools(configured)
                : throw new BackupException($"pg_dump is not in Backups:PostgresBinDirectory ({configured})");
        }

        // Debian's versioned folders first (the newest dumps every older server); /usr/bin/pg_dump there is a wrapper.
        var debian = System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin"))
            : [];
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return debian.Concat(path).FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_dump")) && File.Exists(Path.Combine(d, "pg_restore")))
            is { } found
            ? new PostgresTools(found)
            : throw new BackupException("pg_dump and pg_restore were not found (apt-get install postgresql-client, or set Backups:PostgresBinDirectory)");
    }

    /// <summary>Runs <paramref name="tool"/> and returns its standard output; a non-zero exit is a <see cref="BackupException"/> with its last error line.</summary>
    public async Task<string> RunAsync(string tool, NpgsqlConnectionStringBuilder connection, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Path.Combine(binDirectory, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only our settings: a PGSERVICE or PGOPTIONS of the caller's shell must not redirect the backup elsewhere.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in LibpqEnvironment(connection))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new BackupException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            var lines = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var reason = lines.LastOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? lines.LastOrDefault() ?? $"exit code {process.ExitCode}";
            throw new BackupException($"{tool} failed: {reason}");
        }

        return await output;
    }

    /// <summary>The libpq environment variables equivalent to an Npgsql connection string.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> LibpqEnvironment(NpgsqlConnectionStringBuilder connection)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["PGHOST"] = connection.Host,
            ["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGDATABASE"] = connection.Database,
            ["PGUSER"] = connection.Username,
            ["PGPASSWORD"] = connection.Password,
            ["PGPASSFILE"] = connection.Passfile,
            ["PGSSLMODE"] = SslMode(connection.SslMode),
            ["PGSSLROOTCERT"] = connection.RootCertificate,
            ["PGSSLCERT"] = connection.SslCertificate,
            ["PGSSLKEY"] = connection.SslKey,
            ["PGCONNECT_TIMEOUT"] = connection.Timeout.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGAPPNAME"] = "headless-backup",
        };
        return variables.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => KeyValuePair.Create(v.Key, v.Value!));
    }

    private static string SslMode(SslMode mode) => mode switch
    {
        Npgsql.SslMode.Disable => "disable",
        Npgsql.SslMode.Allow => "allow",
        Npgsql.SslMode.Require => "require",
        Npgsql.SslMode.VerifyCA => "verify-ca",
        Npgsql.SslMode.VerifyFull => "verify-full",
        _ => "prefer",
    };
}

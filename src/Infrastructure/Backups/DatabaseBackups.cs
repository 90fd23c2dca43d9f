using Headless.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Headless.Infrastructure.Backups;

public static class DatabaseBackups
{
    /// <summary>The backup of the database the configuration names (<c>Database:Provider</c>, <c>ConnectionStrings:Headless</c>).</summary>
    public static IDatabaseBackup Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = ReadOptions(configuration);
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        var provider = configuration[$"{DatabaseOptions.SectionName}:Provider"] is { Length: > 0 } name
            && Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var parsed)
            ? parsed
            : DatabaseProvider.Sqlite;
        return provider switch
        {
            DatabaseProvider.Sqlite => new SqliteDatabaseBackup(
                PersistenceServiceCollectionExtensions.SqliteConnectionString(connectionString, configuration[HostDefaults.ContentRootKey])),
            DatabaseProvider.Postgres when !string.IsNullOrWhiteSpace(connectionString) =>
                new PostgresDatabaseBackup(connectionString, options.PostgresBinDirectory),
            DatabaseProvider.Postgres => throw new BackupException("Database:Provider is Postgres but ConnectionStrings:Headless is empty"),
            _ => throw new BackupException($"backups of {provider} are not built in; use the database's own tools (for SQL Server: BACKUP DATABASE)"),
        };
    }

    public static BackupOptions ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new BackupOptions();
        configuration.GetSection(BackupOptions.SectionName).Bind(options);
        return options;
    }

    /// <summary>Scheduled backups (<c>Backups:Schedule</c>, off by default) into <c>Backups:Directory</c>, pruned by <c>Backups:Retention</c>.</summary>
    public static IServiceCollection AddHeadlessBackups(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = ReadOptions(configuration);
        if (options.Schedule <= TimeSpan.Zero)
        {
            return services;
        }

        var root = configuration[HostDefaults.ContentRootKey] is { Length: > 0 } contentRoot ? contentRoot : AppContext.BaseDirectory;
        options.Directory = Path.GetFullPath(options.Directory, root);
        services.AddSingleton(options);
        services.AddSingleton(_ => Create(configuration));
        services.AddHostedService<ScheduledBackupService>();
        return services;
    }
}

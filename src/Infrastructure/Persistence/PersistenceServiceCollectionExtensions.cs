using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// The context options are built once, not for every request's context: building them per scope parsed the
    /// connection string and looked EF Core's internal service provider up again for each of a checkout's
    /// five requests. The options only hold the connection string, the provider and the singleton interceptors.
    /// </summary>
    private const ServiceLifetime OptionsOnce = ServiceLifetime.Singleton;

    /// <summary>
    /// Registers <see cref="HeadlessDbContext"/> for the provider named by <c>Database:Provider</c>
    /// with <c>ConnectionStrings:Headless</c>, and a "database" health check tagged "ready".
    /// </summary>
    public static IServiceCollection AddHeadlessPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = ReadOptions(configuration);
        services.AddSingleton(options);

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(connectionString, configuration[HostDefaults.ContentRootKey]);
                services.AddDbContext<HeadlessDbContext, SqliteHeadlessDbContext>((sp, o) => WithInterceptors(UseSqlite(o, sqlite), sp), ServiceLifetime.Scoped, OptionsOnce);
                break;
            case DatabaseProvider.Postgres:
                var postgres = Required(connectionString, options.Provider, "Host=localhost;Database=headless;Username=headless;Password=...");
                services.AddDbContext<HeadlessDbContext, PostgresHeadlessDbContext>((sp, o) => WithInterceptors(UsePostgres(o, postgres), sp), ServiceLifetime.Scoped, OptionsOnce);
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = Required(connectionString, options.Provider, "Server=localhost;Database=headless;User Id=sa;Password=...;TrustServerCertificate=True");
                services.AddDbContext<HeadlessDbContext, SqlServerHeadlessDbContext>((sp, o) => WithInterceptors(UseSqlServer(o, sqlServer), sp), ServiceLifetime.Scoped, OptionsOnce);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, ["ready"], TimeSpan.FromSeconds(5));
        return services;
    }

    /// <summary>
    /// Interceptors registered as <see cref="IInterceptor"/> services (diagnostics, statement counting in tests), and
    /// failed commands logged at Debug rather than Error.
    /// </summary>
    /// <remarks>
    /// EF Core logs every failed command and save at Error before the exception reaches our code, including the
    /// unique-key violations that idempotent placement expects and handles: under concurrency that was a stream of
    /// false alarms. A failure nobody handles still surfaces as its exception, which the GraphQL pipeline, ASP.NET
    /// Core and the background services log where it ends up.
    /// </remarks>
    private static DbContextOptionsBuilder WithInterceptors(DbContextOptionsBuilder builder, IServiceProvider services)
    {
        builder.ConfigureWarnings(w => w.Log((RelationalEventId.CommandError, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
        return services.GetServices<IInterceptor>().ToList() is { Count: > 0 } interceptors ? builder.AddInterceptors(interceptors) : builder;
    }

    internal static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable(HeadlessDbContext.MigrationsHistoryTable));

    internal static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(WithoutResetOnClose(connectionString), o => o.MigrationsHistoryTable(HeadlessDbContext.MigrationsHistoryTable))
            .AddInterceptors(RowLockInterceptor.Instance);

    /// <summary>
    /// Npgsql sends <c>DISCARD ALL</c> whenever a pooled connection is reused, which doubled the statements of every
    /// catalog read. It only resets session state, and this application leaves none behind: no <c>SET</c>, no
    /// session advisory locks (checkout locks rows inside transactions), no <c>LISTEN</c>, no temporary tables, no
    /// explicit prepared statements; an open transaction is rolled back on close whatever this setting says. So the
    /// reset is off unless the connection string sets <c>No Reset On Close</c> itself.
    /// </summary>
    /// <remarks>
    /// Statements are also prepared automatically (<c>Max Auto Prepare</c>) unless the connection string says
    /// otherwise: the same few dozen statements run for every cart change and order, and PostgreSQL parsed and
    /// planned each of them anew every time, a large part of its CPU per checkout. A statement is prepared on a
    /// connection after its second use there and kept while it stays among the connection's most used ones.
    /// Behind a transaction-mode pooler that cannot hold prepared statements, set <c>Max Auto Prepare=0</c>.
    /// </remarks>
    internal static string WithoutResetOnClose(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    /// <summary>Statements each PostgreSQL connection keeps prepared: more than a checkout and its background work use.</summary>
    private const int AutoPreparedStatements = 100;

    internal static DbContextOptionsBuilder UseSqlServer(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString, o => o.MigrationsHistoryTable(HeadlessDbContext.MigrationsHistoryTable));

    private static DatabaseOptions ReadOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection(DatabaseOptions.SectionName);
        var options = new DatabaseOptions();
        if (section["Provider"] is { Length: > 0 } provider)
        {
            options.Provider = Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException(
                    $"Database:Provider '{provider}' is not supported; use one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        if (section["SeedDemoCatalog"] is { Length: > 0 } seed)
        {
            options.SeedDemoCatalog = bool.TryParse(seed, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Database:SeedDemoCatalog must be true or false, was '{seed}'.");
        }

        return options;
    }

    /// <summary>
    /// No connection string means <c>headless.db</c> in the content root; a relative file name is taken
    /// relative to the content root too, so the database does not move with the working directory.
    /// </summary>
    internal static string SqliteConnectionString(string? connectionString, string? contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString ?? string.Empty);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            builder.DataSource = DatabaseOptions.DefaultSqliteFile;
        }

        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:";
        if (!inMemory)
        {
            var root = string.IsNullOrWhiteSpace(contentRoot) ? AppContext.BaseDirectory : contentRoot;
            var path = Path.GetFullPath(builder.DataSource, root);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }

    private static string Required(string? connectionString, DatabaseProvider provider, string example) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                $"Database:Provider is {provider} but ConnectionStrings:Headless is empty; set it, e.g. \"{example}\".")
            : connectionString;
}

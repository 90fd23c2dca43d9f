namespace Headless.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Headless";
    public const string DefaultSqliteFile = "headless.db";

    /// <summary><c>Database:Provider</c>: Sqlite (default), Postgres or SqlServer.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary><c>Database:SeedDemoCatalog</c>: load the demo catalog into an empty database at start (default true).</summary>
    public bool SeedDemoCatalog { get; set; } = true;
}

namespace Headless.Infrastructure.Persistence;

/// <summary>The value of <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

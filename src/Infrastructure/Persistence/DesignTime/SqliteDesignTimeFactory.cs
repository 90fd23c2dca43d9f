using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Headless.Infrastructure.Persistence.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHeadlessDbContext>
{
    public SqliteHeadlessDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteHeadlessDbContext>();
        PersistenceServiceCollectionExtensions.UseSqlite(options, "Data Source=headless.db");
        return new SqliteHeadlessDbContext(options.Options);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Headless.Infrastructure.Persistence.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context; adding migrations never connects.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerHeadlessDbContext>
{
    public SqlServerHeadlessDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerHeadlessDbContext>();
        PersistenceServiceCollectionExtensions.UseSqlServer(options, "Server=localhost;Database=headless;TrustServerCertificate=True");
        return new SqlServerHeadlessDbContext(options.Options);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Headless.Infrastructure.Persistence.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context; adding migrations never connects.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHeadlessDbContext>
{
    public PostgresHeadlessDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresHeadlessDbContext>();
        PersistenceServiceCollectionExtensions.UsePostgres(options, "Host=localhost;Database=headless");
        return new PostgresHeadlessDbContext(options.Options);
    }
}

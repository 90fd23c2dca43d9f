using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Headless.Infrastructure.Persistence;

/// <summary>The embedded default; owns the migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteHeadlessDbContext(DbContextOptions<SqliteHeadlessDbContext> options) : HeadlessDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no offset-aware type; stored as a sortable integer, "newest first" can be done in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

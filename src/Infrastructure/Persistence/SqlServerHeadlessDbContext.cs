using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Persistence;

/// <summary>SQL Server; owns the migrations in <c>Migrations/SqlServer</c>.</summary>
public sealed class SqlServerHeadlessDbContext(DbContextOptions<SqlServerHeadlessDbContext> options) : HeadlessDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Order numbers: a sequence hands them out without a row lock (SQLite keeps the counter row).
        modelBuilder.HasSequence<long>(Ordering.OrderNumberGenerator.SequenceName);
    }
}

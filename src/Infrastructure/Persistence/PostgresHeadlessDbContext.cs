using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Persistence;

/// <summary>PostgreSQL; owns the migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresHeadlessDbContext(DbContextOptions<PostgresHeadlessDbContext> options) : HeadlessDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Order numbers: a sequence hands them out without a row lock (SQLite keeps the counter row).
        modelBuilder.HasSequence<long>(Ordering.OrderNumberGenerator.SequenceName);
    }
}

using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Persistence;

/// <summary>PostgreSQL; owns the migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresHeadlessDbContext(DbContextOptions<PostgresHeadlessDbContext> options) : HeadlessDbContext(options);

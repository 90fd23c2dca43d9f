using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Persistence;

/// <summary>SQL Server; owns the migrations in <c>Migrations/SqlServer</c>.</summary>
public sealed class SqlServerHeadlessDbContext(DbContextOptions<SqlServerHeadlessDbContext> options) : HeadlessDbContext(options);

using Headless.Domain.Catalog;
using Headless.Domain.Inventory;
using Headless.Infrastructure.Persistence.Conventions;
using Headless.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Persistence;

/// <summary>
/// The model, shared by all providers. Each provider has a subclass only so that it can own a separate
/// set of migrations; the application resolves this type and never needs to know which one it got.
/// </summary>
public abstract class HeadlessDbContext : DbContext
{
    public const string MigrationsHistoryTable = "ef_migrations_history";

    protected HeadlessDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    /// <summary>For reads by variant id; variants are changed through their <see cref="Product"/>.</summary>
    public DbSet<ProductVariant> ProductVariants => Set<ProductVariant>();

    public DbSet<StockLocation> StockLocations => Set<StockLocation>();

    public DbSet<StockLevel> StockLevels => Set<StockLevel>();

    internal DbSet<SeedRecord> SeedHistory => Set<SeedRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HeadlessDbContext).Assembly, t => t.Namespace == typeof(Configurations.CategoryConfiguration).Namespace);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Conventions.Add(_ => new SnakeCaseNamingConvention());
}

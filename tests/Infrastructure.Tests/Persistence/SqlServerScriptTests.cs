using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Headless.Infrastructure.Tests.Persistence;

/// <summary>There is no SQL Server here; its migrations are proven by generating their SQL offline.</summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void TheSqlServerMigrationScriptGeneratesWithoutAServer()
    {
        using var db = ProviderModels.Create("SqlServer");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "categories", "products", "product_variants", "variant_options", "product_images", "product_attributes", "stock_locations", "stock_levels", "seed_history" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script);
        }

        Assert.Contains("[price_amount] decimal(18,4) NOT NULL", script);
        Assert.Contains("[compare_at_price_amount] decimal(18,4) NULL", script);
        Assert.Contains("[kind] nvarchar(16) NOT NULL", script);
        Assert.Contains("CONSTRAINT [ck_stock_levels_quantities] CHECK (on_hand >= 0 AND allocated >= 0 AND allocated <= on_hand)", script);
        Assert.Contains("CREATE UNIQUE INDEX [ix_product_variants_sku]", script);
        Assert.Contains("[ef_migrations_history]", script);
        Assert.Contains("CREATE TRIGGER audit_entries_refuse_change ON audit_entries INSTEAD OF UPDATE, DELETE", script);
    }

    [Fact]
    public void TheSqlServerCreateScriptMatchesTheModel()
    {
        using var db = ProviderModels.Create("SqlServer");

        var script = db.Database.GenerateCreateScript();

        Assert.Contains("CREATE TABLE [stock_levels]", script);
        Assert.Contains("[on_hand] int NOT NULL", script);
        Assert.DoesNotContain("[OnHand]", script);
    }
}

using Headless.Domain.Catalog;
using Headless.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class LowStockRuleConfiguration : IEntityTypeConfiguration<LowStockRule>
{
    public void Configure(EntityTypeBuilder<LowStockRule> builder)
    {
        builder.ToTable("low_stock_rules", table => table.HasCheckConstraint("ck_low_stock_rules_threshold", "threshold >= 0"));
        builder.HasKey(r => r.VariantId);
        builder.Property(r => r.VariantId).HasColumnName("variant_id").ValueGeneratedNever();
        builder.Property(r => r.Threshold).HasColumnName("threshold");
        builder.Property(r => r.IsLow).HasColumnName("is_low");
        builder.HasOne<ProductVariant>().WithOne().HasForeignKey<LowStockRule>(r => r.VariantId).OnDelete(DeleteBehavior.Cascade);
    }
}

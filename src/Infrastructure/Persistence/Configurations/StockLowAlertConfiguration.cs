using Headless.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class StockLowAlertConfiguration : IEntityTypeConfiguration<StockLowAlert>
{
    public void Configure(EntityTypeBuilder<StockLowAlert> builder)
    {
        builder.ToTable("stock_low_alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.VariantId).HasColumnName("variant_id");
        builder.Property(a => a.Sku).HasColumnName("sku").HasMaxLength(64);
        builder.Property(a => a.OnHand).HasColumnName("on_hand");
        builder.Property(a => a.Threshold).HasColumnName("threshold");
        builder.Property(a => a.OccurredAt).HasColumnName("occurred_at");
        builder.HasIndex(a => a.OccurredAt);
    }
}

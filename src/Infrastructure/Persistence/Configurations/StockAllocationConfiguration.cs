using Headless.Domain.Ordering;
using Headless.Infrastructure.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class StockAllocationConfiguration : IEntityTypeConfiguration<StockAllocation>
{
    public void Configure(EntityTypeBuilder<StockAllocation> builder)
    {
        builder.ToTable("stock_allocations", t => t.HasCheckConstraint("ck_stock_allocations_quantity", "quantity > 0"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.OrderId).HasColumnName("order_id");
        builder.Property(a => a.VariantId).HasColumnName("variant_id");
        builder.Property(a => a.LocationId).HasColumnName("location_id");
        builder.Property(a => a.Quantity).HasColumnName("quantity");
        builder.Property(a => a.ConfirmedAt).HasColumnName("confirmed_at");
        builder.Property(a => a.ShipmentId).HasColumnName("shipment_id");
        builder.HasOne<Order>().WithMany().HasForeignKey(a => a.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.OrderId);
    }
}

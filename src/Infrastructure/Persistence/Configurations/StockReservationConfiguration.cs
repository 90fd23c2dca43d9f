using Headless.Domain.Catalog;
using Headless.Domain.Checkout;
using Headless.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class StockReservationConfiguration : IEntityTypeConfiguration<StockReservation>
{
    public void Configure(EntityTypeBuilder<StockReservation> builder)
    {
        builder.ToTable("stock_reservations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.CartId).HasColumnName("cart_id");
        builder.Property(r => r.VariantId).HasColumnName("variant_id");
        builder.Property(r => r.Quantity).HasColumnName("quantity");
        builder.Property(r => r.ExpiresAt).HasColumnName("expires_at");

        builder.HasOne<Cart>().WithMany().HasForeignKey(r => r.CartId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey(r => r.VariantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CartId, r.VariantId }).IsUnique();
        builder.HasIndex(r => new { r.VariantId, r.ExpiresAt });
        builder.Ignore(r => r.DomainEvents);
    }
}

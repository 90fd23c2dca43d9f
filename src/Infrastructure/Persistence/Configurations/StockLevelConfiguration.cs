using Headless.Domain.Catalog;
using Headless.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> builder)
    {
        builder.ToTable("stock_levels", table =>
            // The aggregate keeps 0 <= allocated <= on_hand; the database refuses a bypass of it (plain ANSI SQL, every provider).
            table.HasCheckConstraint("ck_stock_levels_quantities", "on_hand >= 0 AND allocated >= 0 AND allocated <= on_hand"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(s => s.VariantId).HasColumnName("variant_id");
        builder.Property(s => s.LocationId).HasColumnName("location_id");
        builder.Property(s => s.OnHand).HasColumnName("on_hand");
        builder.Property(s => s.Allocated).HasColumnName("allocated");

        // Restrict: stock must be emptied explicitly before a variant or location goes away.
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey(s => s.VariantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockLocation>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(s => new { s.VariantId, s.LocationId }).IsUnique();
        builder.Ignore(s => s.DomainEvents);
    }
}

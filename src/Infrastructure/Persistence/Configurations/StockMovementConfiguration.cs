using Headless.Domain.Catalog;
using Headless.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("stock_movements", table =>
            table.HasCheckConstraint("ck_stock_movements_quantities", "delta <> 0 AND on_hand_after >= 0 AND on_hand_after - delta >= 0"));
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(m => m.VariantId).HasColumnName("variant_id");
        builder.Property(m => m.LocationId).HasColumnName("location_id");
        builder.Property(m => m.Delta).HasColumnName("delta");
        builder.Property(m => m.OnHandAfter).HasColumnName("on_hand_after");
        builder.Property(m => m.Reason).HasColumnName("reason").HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.ActorKind).HasColumnName("actor_kind").HasMaxLength(16);
        builder.Property(m => m.ActorId).HasColumnName("actor_id").HasMaxLength(StockMovement.MaxActorIdLength);
        builder.Property(m => m.OccurredAt).HasColumnName("occurred_at");
        builder.Property(m => m.OperationId).HasColumnName("operation_id");
        builder.Property(m => m.Note).HasColumnName("note").HasMaxLength(StockMovement.MaxNoteLength);
        builder.Property(m => m.Reference).HasColumnName("reference").HasMaxLength(StockMovement.MaxReferenceLength);
        builder.Property(m => m.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(StockMovement.MaxIdempotencyKeyLength);
        builder.Ignore(m => m.OnHandBefore);

        // Restrict: the ledger is history; a variant or location with movements is not deleted.
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey(m => m.VariantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockLocation>().WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(m => new { m.VariantId, m.LocationId });
        builder.HasIndex(m => m.OperationId);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
    }
}

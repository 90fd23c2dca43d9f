using Headless.Domain.Ordering;
using Headless.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class DeliveryRefusalConfiguration : IEntityTypeConfiguration<DeliveryRefusal>
{
    public void Configure(EntityTypeBuilder<DeliveryRefusal> builder)
    {
        builder.ToTable("delivery_refusals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.OrderId).HasColumnName("order_id");
        builder.Property(r => r.CustomerId).HasColumnName("customer_id");
        builder.Property(r => r.EmailIndex).HasColumnName("email_index").HasMaxLength(64);
        builder.Property(r => r.PaymentMethod).HasColumnName("payment_method").HasMaxLength(32);
        builder.Property(r => r.Note).HasColumnName("note").HasMaxLength(DeliveryRefusal.MaxNoteLength);
        builder.Property(r => r.RecordedAt).HasColumnName("recorded_at");

        // One per order, so a repeated carrier report records nothing twice; looked up by customer and by email.
        builder.HasIndex(r => r.OrderId).IsUnique();
        builder.HasIndex(r => r.CustomerId);
        builder.HasIndex(r => r.EmailIndex);
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

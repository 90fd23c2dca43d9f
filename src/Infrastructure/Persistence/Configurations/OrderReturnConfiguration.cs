using Headless.Domain.Ordering;
using Headless.Domain.Ordering.Returns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class OrderReturnConfiguration : IEntityTypeConfiguration<OrderReturn>
{
    public void Configure(EntityTypeBuilder<OrderReturn> builder)
    {
        builder.ToTable("order_returns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.OrderId).HasColumnName("order_id");
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Reason).HasColumnName("reason").HasMaxLength(OrderReturn.MaxReasonLength);
        builder.Property(r => r.RejectionReason).HasColumnName("rejection_reason").HasMaxLength(OrderReturn.MaxReasonLength);
        builder.Property(r => r.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(OrderReturn.MaxKeyLength);
        builder.Property(r => r.RequestedBy).HasColumnName("requested_by").HasMaxLength(OrderReturn.MaxActorLength);
        builder.Property(r => r.RefundId).HasColumnName("refund_id");
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.UpdatedAt).HasColumnName("updated_at");

        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);

        // A repeated request (a lost answer, a double click) finds the first return.
        builder.HasIndex(r => new { r.OrderId, r.IdempotencyKey }).IsUnique();
        builder.Ignore(r => r.DomainEvents);
    }
}

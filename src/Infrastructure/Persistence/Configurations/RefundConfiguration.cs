using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("refunds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.OrderId).HasColumnName("order_id");
        builder.Property(r => r.PaymentId).HasColumnName("payment_id");
        builder.Property(r => r.ReturnId).HasColumnName("return_id");
        builder.Property(r => r.Reason).HasColumnName("reason").HasMaxLength(Refund.MaxReasonLength);
        builder.Property(r => r.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(Refund.MaxKeyLength);
        builder.Property(r => r.Actor).HasColumnName("actor").HasMaxLength(Refund.MaxActorLength);
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ProviderReference).HasColumnName("provider_reference").HasMaxLength(Refund.MaxReferenceLength);
        builder.Property(r => r.Failure).HasColumnName("failure").HasMaxLength(Refund.MaxReasonLength);
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.CompletedAt).HasColumnName("completed_at");
        builder.ComplexProperty(r => r.Amount, m => MoneyColumns.Map(m, "amount"));

        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RefundId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Restrict);

        // A repeat of a refund with its key finds the first one instead of paying twice.
        builder.HasIndex(r => new { r.OrderId, r.IdempotencyKey }).IsUnique();
        builder.Ignore(r => r.DomainEvents);
    }
}

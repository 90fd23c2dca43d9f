using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.OrderId).HasColumnName("order_id");
        builder.Property(p => p.Provider).HasColumnName("provider").HasMaxLength(Payment.MaxProviderLength);
        builder.Property(p => p.Method).HasColumnName("method").HasMaxLength(Payment.MaxProviderLength);
        builder.Property(p => p.AuthorizationId).HasColumnName("authorization_id").HasMaxLength(Payment.MaxReferenceLength);
        builder.Property(p => p.CapturedAmount).HasColumnName("captured_amount").HasPrecision(18, 4);
        // The concurrency token of refunds: two refunds held at once cannot both write a total read before the other.
        builder.Property(p => p.RefundedAmount).HasColumnName("refunded_amount").HasPrecision(18, 4).IsConcurrencyToken();
        builder.Property(p => p.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.CreatedAt).HasColumnName("created_at");
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.ComplexProperty(p => p.Amount, m => MoneyColumns.Map(m, "amount"));

        builder.HasOne<Order>().WithMany().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.Provider, p.AuthorizationId }).IsUnique();
        builder.HasIndex(p => p.AuthorizationId);
        builder.Ignore(p => p.DomainEvents);
    }
}

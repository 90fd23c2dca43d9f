using Headless.Domain.Catalog;
using Headless.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class RefundLineConfiguration : IEntityTypeConfiguration<RefundLine>
{
    public void Configure(EntityTypeBuilder<RefundLine> builder)
    {
        builder.ToTable("refund_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(l => l.RefundId).HasColumnName("refund_id");
        builder.Property(l => l.OrderLineId).HasColumnName("order_line_id");
        builder.Property(l => l.Sku).HasColumnName("sku").HasMaxLength(ProductVariant.MaxSkuLength);
        builder.Property(l => l.Quantity).HasColumnName("quantity");
        builder.Ignore(l => l.DomainEvents);
    }
}

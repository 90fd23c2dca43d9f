using Headless.Domain.Catalog;
using Headless.Domain.Ordering.Returns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class ReturnLineConfiguration : IEntityTypeConfiguration<ReturnLine>
{
    public void Configure(EntityTypeBuilder<ReturnLine> builder)
    {
        builder.ToTable("return_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(l => l.ReturnId).HasColumnName("return_id");
        builder.Property(l => l.OrderLineId).HasColumnName("order_line_id");
        builder.Property(l => l.VariantId).HasColumnName("variant_id");
        builder.Property(l => l.Sku).HasColumnName("sku").HasMaxLength(ProductVariant.MaxSkuLength);
        builder.Property(l => l.Quantity).HasColumnName("quantity");
        builder.Property(l => l.Disposition).HasColumnName("disposition").HasConversion<string>().HasMaxLength(16);
        builder.Ignore(l => l.DomainEvents);
    }
}

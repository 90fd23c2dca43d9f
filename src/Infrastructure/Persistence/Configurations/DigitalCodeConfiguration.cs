using Headless.Infrastructure.Fulfillment.DigitalCodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class DigitalCodeConfiguration : IEntityTypeConfiguration<DigitalCode>
{
    public void Configure(EntityTypeBuilder<DigitalCode> builder)
    {
        builder.ToTable("digital_codes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.Sku).HasColumnName("sku").HasMaxLength(DigitalCode.MaxSkuLength);
        builder.Property(c => c.ProtectedCode).HasColumnName("protected_code").HasMaxLength(2000);
        builder.Property(c => c.CodeIndex).HasColumnName("code_index").HasMaxLength(64);
        builder.Property(c => c.Generated).HasColumnName("generated");
        builder.Property(c => c.OrderLineId).HasColumnName("order_line_id");
        builder.Property(c => c.Unit).HasColumnName("unit");
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.IssuedAt).HasColumnName("issued_at");

        // A code is in a pool once; a unit of a line holds one code. Together: no code is issued twice.
        builder.HasIndex(c => new { c.Sku, c.CodeIndex }).IsUnique();
        builder.HasIndex(c => new { c.OrderLineId, c.Unit }).IsUnique();
        builder.HasIndex(c => new { c.Sku, c.OrderLineId, c.CreatedAt });
    }
}

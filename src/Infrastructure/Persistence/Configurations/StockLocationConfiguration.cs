using Headless.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class StockLocationConfiguration : IEntityTypeConfiguration<StockLocation>
{
    public void Configure(EntityTypeBuilder<StockLocation> builder)
    {
        builder.ToTable("stock_locations");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(l => l.Code).HasColumnName("code").HasMaxLength(StockLocation.MaxCodeLength);
        builder.Property(l => l.Name).HasColumnName("name").HasMaxLength(StockLocation.MaxNameLength);
        builder.Property(l => l.Pickup).HasColumnName("pickup");
        builder.Property<bool>("NoShipping").HasColumnName("no_shipping");
        builder.Ignore(l => l.Shipping);
        builder.HasIndex(l => l.Code).IsUnique();
        builder.Ignore(l => l.DomainEvents);
    }
}

using Headless.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> builder)
    {
        builder.ToTable("product_variants");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(v => v.ProductId).HasColumnName("product_id");
        builder.Property(v => v.Sku).HasColumnName("sku").HasMaxLength(ProductVariant.MaxSkuLength);
        builder.Property(v => v.Position).HasColumnName("position");

        builder.ComplexProperty(v => v.Price, price =>
        {
            price.Property(m => m.Amount).HasColumnName("price_amount").HasPrecision(18, 4);
            price.Property(m => m.Currency).HasColumnName("price_currency").HasMaxLength(3).IsFixedLength();
        });
        builder.ComplexProperty(v => v.CompareAtPrice, price =>
        {
            price.Property(m => m.Amount).HasColumnName("compare_at_price_amount").HasPrecision(18, 4);
            price.Property(m => m.Currency).HasColumnName("compare_at_price_currency").HasMaxLength(3).IsFixedLength();
        });

        builder.OwnsMany(v => v.Options, option =>
        {
            option.ToTable("variant_options");
            option.WithOwner().HasForeignKey("VariantId");
            option.Property<int>("Id").HasColumnName("id");
            option.HasKey("Id");
            option.Property<Guid>("VariantId").HasColumnName("variant_id");
            option.Property(o => o.Name).HasColumnName("name").HasMaxLength(VariantOption.MaxNameLength);
            option.Property(o => o.Value).HasColumnName("value").HasMaxLength(VariantOption.MaxValueLength);

            // Storefront filters ("Colour = Black") look options up by name and value.
            option.HasIndex(o => new { o.Name, o.Value });
        });
        builder.Navigation(v => v.Options).HasField("_options").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(v => v.ScheduledPrices, scheduled =>
        {
            scheduled.ToTable("scheduled_prices");
            scheduled.WithOwner().HasForeignKey("VariantId");
            scheduled.Property<int>("Id").HasColumnName("id");
            scheduled.HasKey("Id");
            scheduled.Property<Guid>("VariantId").HasColumnName("variant_id");
            scheduled.Property(s => s.Amount).HasColumnName("price_amount").HasPrecision(18, 4);
            scheduled.Property(s => s.CompareAtAmount).HasColumnName("compare_at_price_amount").HasPrecision(18, 4);
            scheduled.Property(s => s.Currency).HasColumnName("currency").HasMaxLength(3).IsFixedLength();
            scheduled.Property(s => s.EffectiveAt).HasColumnName("effective_at");
            scheduled.Ignore(s => s.Price);
            scheduled.Ignore(s => s.CompareAtPrice);

            // The sweep looks for what is due.
            scheduled.HasIndex(s => s.EffectiveAt);
        });
        builder.Navigation(v => v.ScheduledPrices).HasField("_scheduledPrices").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(v => v.Sku).IsUnique();
        builder.Ignore(v => v.DomainEvents);
    }
}

using Headless.Domain.Catalog;
using Headless.Domain.Checkout;
using Headless.Domain.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(l => l.OrderId).HasColumnName("order_id");
        builder.Property(l => l.VariantId).HasColumnName("variant_id");
        builder.Property(l => l.ProductId).HasColumnName("product_id");
        builder.Property(l => l.Sku).HasColumnName("sku").HasMaxLength(ProductVariant.MaxSkuLength);
        builder.Property(l => l.ProductName).HasColumnName("product_name").HasMaxLength(Product.MaxNameLength);
        builder.Property(l => l.VariantTitle).HasColumnName("variant_title").HasMaxLength(400);
        builder.Property(l => l.Quantity).HasColumnName("quantity");
        builder.Property(l => l.RequiresShipping).HasColumnName("requires_shipping");
        builder.Property(l => l.TracksInventory).HasColumnName("tracks_inventory");
        builder.Property(l => l.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Recipient).HasColumnName("recipient").HasMaxLength(CartLine.MaxRecipientLength);
        builder.Property(l => l.FulfillmentStatus).HasColumnName("fulfillment_status").HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.FulfillmentReference).HasColumnName("fulfillment_reference").HasMaxLength(OrderLine.MaxReferenceLength);
        builder.Property(l => l.FulfilledAt).HasColumnName("fulfilled_at");
        builder.Property(l => l.FulfillmentFailure).HasColumnName("fulfillment_failure").HasMaxLength(OrderLine.MaxReferenceLength);
        builder.ComplexProperty(l => l.UnitPrice, m => MoneyColumns.Map(m, "unit_price"));
        builder.ComplexProperty(l => l.LineTotal, m => MoneyColumns.Map(m, "line_total"));

        // Snapshots: no foreign key to the catalog, an order outlives the product.
        builder.HasIndex(l => l.VariantId);
        builder.Ignore(l => l.DomainEvents);
    }
}

using Headless.Domain.Ordering;
using Headless.Domain.Shipping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> builder)
    {
        builder.ToTable("shipments");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(s => s.OrderId).HasColumnName("order_id");
        builder.Property(s => s.Number).HasColumnName("number");
        builder.Property(s => s.LocationId).HasColumnName("location_id");
        builder.Property(s => s.Carrier).HasColumnName("carrier").HasMaxLength(Shipment.MaxCarrierLength);
        builder.Property(s => s.TrackingNumber).HasColumnName("tracking_number").HasMaxLength(Shipment.MaxTrackingNumberLength);
        builder.Property(s => s.TrackingUrl).HasColumnName("tracking_url").HasMaxLength(Shipment.MaxUrlLength);
        builder.Property(s => s.LabelUrl).HasColumnName("label_url").HasMaxLength(Shipment.MaxUrlLength);
        builder.Property(s => s.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");

        // Contents and carrier reports belong to the parcel and are read with it: JSON columns, not tables.
        builder.OwnsMany(s => s.Lines, lines =>
        {
            lines.ToJson("lines");
            lines.Property(l => l.OrderLineId).HasJsonPropertyName("orderLineId");
            lines.Property(l => l.VariantId).HasJsonPropertyName("variantId");
            lines.Property(l => l.Sku).HasJsonPropertyName("sku");
            lines.Property(l => l.Quantity).HasJsonPropertyName("quantity");
        });
        builder.OwnsMany(s => s.Events, events =>
        {
            events.ToJson("events");
            events.Property(e => e.Status).HasJsonPropertyName("status").HasConversion<string>();
            events.Property(e => e.OccurredAt).HasJsonPropertyName("occurredAt");
            events.Property(e => e.Note).HasJsonPropertyName("note");
        });
        builder.HasOne<Order>().WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.OrderId, s.Number }).IsUnique();
        builder.HasIndex(s => s.TrackingNumber).IsUnique();
        builder.HasIndex(s => new { s.Carrier, s.Status });
        builder.Ignore(s => s.DomainEvents);
    }
}

using Headless.Domain.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(o => o.Number).HasColumnName("number").HasMaxLength(OrderNumber.MaxLength);
        builder.Property(o => o.CartId).HasColumnName("cart_id");
        builder.Property(o => o.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(Order.MaxIdempotencyKeyLength);
        builder.Property(o => o.AccessTokenHash).HasColumnName("access_token_hash").HasMaxLength(64).IsFixedLength();
        builder.Property(o => o.AccessTokenSeal).HasColumnName("access_token_seal").HasMaxLength(Order.MaxAccessTokenSealLength);
        builder.Property(o => o.Email).HasColumnName("email").HasMaxLength(Domain.Checkout.Cart.MaxEmailLength);
        builder.Property(o => o.ShippingMethodCode).HasColumnName("shipping_method_code").HasMaxLength(32);
        builder.Property(o => o.ShippingMethodName).HasColumnName("shipping_method_name").HasMaxLength(100);
        builder.Property(o => o.RequiresShipping).HasColumnName("requires_shipping");
        builder.Property(o => o.State).HasColumnName("state").HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.TrackingNumber).HasColumnName("tracking_number").HasMaxLength(Order.MaxTrackingNumberLength);
        builder.Property(o => o.PlacedAt).HasColumnName("placed_at");
        builder.Property(o => o.UpdatedAt).HasColumnName("updated_at");

        // The hold is checked on every write: a step that read the order before a hold committed must not move it.
        builder.Property(o => o.OnHold).HasColumnName("on_hold").IsConcurrencyToken();
        builder.Property(o => o.HoldReason).HasColumnName("hold_reason").HasMaxLength(Order.MaxHoldReasonLength);
        builder.Property(o => o.HeldAt).HasColumnName("held_at");
        builder.Property(o => o.HeldBy).HasColumnName("held_by").HasMaxLength(OrderEvent.MaxActorLength);

        // Two writers appending events to one order both try the same next sequence; the unique index on
        // (order_id, sequence) rejects the second, and this token makes its order update fail too.
        builder.Property(o => o.LastSequence).HasColumnName("last_sequence").IsConcurrencyToken();
        builder.ComplexProperty(o => o.Subtotal, m => MoneyColumns.Map(m, "subtotal"));
        builder.ComplexProperty(o => o.ShippingTotal, m => MoneyColumns.Map(m, "shipping_total"));
        builder.ComplexProperty(o => o.DiscountTotal, m => MoneyColumns.Map(m, "discount_total"));
        builder.ComplexProperty(o => o.Total, m => MoneyColumns.Map(m, "total"));
        builder.ComplexProperty(o => o.ShippingAddress, a => AddressColumns.Map(a, "shipping"));
        builder.ComplexProperty(o => o.BillingAddress, a => AddressColumns.Map(a, "billing"));
        builder.Ignore(o => o.Currency);

        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(o => o.Events).WithOne().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(o => o.Number).IsUnique();
        builder.HasIndex(o => new { o.PlacedAt, o.Id });
        builder.HasIndex(o => o.IdempotencyKey).IsUnique();
        builder.HasIndex(o => o.CartId).IsUnique();
        builder.Ignore(o => o.DomainEvents);
    }
}

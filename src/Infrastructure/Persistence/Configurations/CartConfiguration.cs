using Headless.Domain.Checkout;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> builder)
    {
        builder.ToTable("carts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.TokenHash).HasColumnName("token_hash").HasMaxLength(64).IsFixedLength();
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        builder.Property(c => c.Email).HasColumnName("email").HasMaxLength(Cart.MaxEmailLength);
        builder.Property(c => c.ShippingMethodCode).HasColumnName("shipping_method_code").HasMaxLength(32);
        builder.Property(c => c.CompletedAt).HasColumnName("completed_at");
        builder.Property(c => c.OrderId).HasColumnName("order_id");
        builder.ComplexProperty(c => c.ShippingAddress, a => AddressColumns.Map(a, "shipping"));
        builder.ComplexProperty(c => c.BillingAddress, a => AddressColumns.Map(a, "billing"));

        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CartId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(c => c.TokenHash).IsUnique();
        builder.Ignore(c => c.DomainEvents);
    }
}

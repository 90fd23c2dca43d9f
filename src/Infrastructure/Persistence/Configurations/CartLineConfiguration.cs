using Headless.Domain.Catalog;
using Headless.Domain.Checkout;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> builder)
    {
        builder.ToTable("cart_lines", t => t.HasCheckConstraint("ck_cart_lines_quantity", $"quantity >= {Cart.MinQuantity} AND quantity <= {Cart.MaxQuantity}"));
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(l => l.CartId).HasColumnName("cart_id");
        builder.Property(l => l.VariantId).HasColumnName("variant_id");
        builder.Property(l => l.Quantity).HasColumnName("quantity");
        builder.Property(l => l.Recipient).HasColumnName("recipient").HasMaxLength(CartLine.MaxRecipientLength);

        // A variant deleted from the catalog must not break carts: the line stays and checkout reports it.
        builder.HasIndex(l => new { l.CartId, l.VariantId }).IsUnique();
        builder.Ignore(l => l.DomainEvents);
    }
}

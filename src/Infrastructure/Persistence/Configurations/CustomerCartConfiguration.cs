using Headless.Infrastructure.Identity.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class CustomerCartConfiguration : IEntityTypeConfiguration<CustomerCart>
{
    public void Configure(EntityTypeBuilder<CustomerCart> builder)
    {
        builder.ToTable("customer_carts");
        builder.HasKey(c => c.CustomerId);
        builder.Property(c => c.CustomerId).HasColumnName("customer_id").ValueGeneratedNever();
        builder.Property(c => c.CartTokenProtected).HasColumnName("cart_token_protected").HasMaxLength(2000);
        builder.Property(c => c.AttachedAt).HasColumnName("attached_at");
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Identity.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class TrustedDeviceConfiguration : IEntityTypeConfiguration<TrustedDevice>
{
    public void Configure(EntityTypeBuilder<TrustedDevice> builder)
    {
        builder.ToTable("trusted_devices");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(d => d.CustomerId).HasColumnName("customer_id");
        builder.Property(d => d.TokenHash).HasColumnName("token_hash").HasMaxLength(64);
        builder.Property(d => d.CreatedAt).HasColumnName("created_at");
        builder.Property(d => d.LastUsedAt).HasColumnName("last_used_at");
        builder.Property(d => d.ExpiresAt).HasColumnName("expires_at");
        builder.Property(d => d.RevokedAt).HasColumnName("revoked_at");
        builder.HasIndex(d => d.TokenHash).IsUnique();
        builder.HasIndex(d => d.CustomerId);
        builder.HasOne<Customer>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

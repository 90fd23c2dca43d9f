using Headless.Infrastructure.Catalog.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class CatalogIdempotencyKeyConfiguration : IEntityTypeConfiguration<CatalogIdempotencyKey>
{
    public void Configure(EntityTypeBuilder<CatalogIdempotencyKey> builder)
    {
        builder.ToTable("catalog_idempotency_keys");
        builder.HasKey(k => k.Key);
        builder.Property(k => k.Key).HasColumnName("key").HasMaxLength(CatalogIdempotencyKey.MaxKeyLength);
        builder.Property(k => k.Operation).HasColumnName("operation").HasMaxLength(40);
        builder.Property(k => k.TargetId).HasColumnName("target_id");
        builder.Property(k => k.CreatedAt).HasColumnName("created_at");
    }
}

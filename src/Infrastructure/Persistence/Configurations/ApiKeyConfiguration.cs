using Headless.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(k => k.Name).HasColumnName("name").HasMaxLength(ApiKey.MaxNameLength);
        builder.Property(k => k.Environment).HasColumnName("environment").HasMaxLength(16);
        builder.Property(k => k.PublicId).HasColumnName("public_id").HasMaxLength(32);
        builder.HasIndex(k => k.PublicId).IsUnique();
        builder.Property(k => k.SecretHash).HasColumnName("secret_hash").HasMaxLength(64);
        builder.Property(k => k.PreviousSecretHash).HasColumnName("previous_secret_hash").HasMaxLength(64);
        builder.Property(k => k.PreviousSecretValidUntil).HasColumnName("previous_secret_valid_until");
        builder.Property(k => k.Permissions).HasColumnName("permissions").HasMaxLength(1000);
        builder.Property(k => k.CreatedBy).HasColumnName("created_by");
        builder.Property(k => k.CreatedAt).HasColumnName("created_at");
        builder.Property(k => k.ExpiresAt).HasColumnName("expires_at");
        builder.Property(k => k.RevokedAt).HasColumnName("revoked_at");
        builder.Property(k => k.RotatedAt).HasColumnName("rotated_at");
        builder.Property(k => k.LastUsedAt).HasColumnName("last_used_at");
        builder.Ignore(k => k.Prefix);
        builder.Ignore(k => k.PermissionList);
        builder.Ignore(k => k.DomainEvents);
    }
}

using Headless.Infrastructure.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.ToTable("signing_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasColumnName("id").HasMaxLength(32).ValueGeneratedNever();
        builder.Property(k => k.Algorithm).HasColumnName("algorithm").HasMaxLength(16);
        builder.Property(k => k.PublicKey).HasColumnName("public_key").HasMaxLength(1000);
        builder.Property(k => k.ProtectedPrivateKey).HasColumnName("protected_private_key").HasMaxLength(4000);
        builder.Property(k => k.CreatedAt).HasColumnName("created_at");
        builder.Property(k => k.ActivatedAt).HasColumnName("activated_at");
        builder.Property(k => k.RetiredAt).HasColumnName("retired_at");
    }
}

using Headless.Infrastructure.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class SandboxEffectConfiguration : IEntityTypeConfiguration<SandboxEffect>
{
    public void Configure(EntityTypeBuilder<SandboxEffect> builder)
    {
        builder.ToTable("sandbox_effects");

        // The idempotency key is the primary key: a repeat fails to insert and reads the first answer.
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasColumnName("key").HasMaxLength(SandboxEffect.MaxKeyLength).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(SandboxEffect.MaxKindLength);
        builder.Property(e => e.Subject).HasColumnName("subject").HasMaxLength(SandboxEffect.MaxSubjectLength);
        builder.Property(e => e.Reference).HasColumnName("reference").HasMaxLength(SandboxEffect.MaxReferenceLength);
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(e => e.Subject);
    }
}

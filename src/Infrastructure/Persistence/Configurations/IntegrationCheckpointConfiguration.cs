using Headless.Infrastructure.Integrations.Feed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class IntegrationCheckpointConfiguration : IEntityTypeConfiguration<IntegrationCheckpoint>
{
    public void Configure(EntityTypeBuilder<IntegrationCheckpoint> builder)
    {
        builder.ToTable("integration_checkpoints");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasColumnName("name").HasMaxLength(IntegrationCheckpoint.MaxNameLength);
        builder.Property(c => c.Position).HasColumnName("position");
        builder.Property(c => c.LeaseOwner).HasColumnName("lease_owner");
        builder.Property(c => c.LeaseExpiresAt).HasColumnName("lease_expires_at");
    }
}

using Headless.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

internal sealed class SeedRecordConfiguration : IEntityTypeConfiguration<SeedRecord>
{
    public void Configure(EntityTypeBuilder<SeedRecord> builder)
    {
        builder.ToTable("seed_history");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasColumnName("name").HasMaxLength(100);
        builder.Property(s => s.AppliedAt).HasColumnName("applied_at");
    }
}

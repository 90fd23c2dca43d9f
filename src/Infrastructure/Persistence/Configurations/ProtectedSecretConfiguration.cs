using Headless.Infrastructure.Identity.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class ProtectedSecretConfiguration : IEntityTypeConfiguration<ProtectedSecret>
{
    public void Configure(EntityTypeBuilder<ProtectedSecret> builder)
    {
        builder.ToTable("protected_secrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasColumnName("name").HasMaxLength(64).ValueGeneratedNever();
        builder.Property(s => s.ProtectedValue).HasColumnName("protected_value").HasMaxLength(2000);
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
    }
}

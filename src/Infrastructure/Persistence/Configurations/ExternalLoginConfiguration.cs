using Headless.Infrastructure.Identity.External;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class ExternalLoginConfiguration : IEntityTypeConfiguration<ExternalLogin>
{
    public void Configure(EntityTypeBuilder<ExternalLogin> builder)
    {
        builder.ToTable("external_logins");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(l => l.Provider).HasColumnName("provider").HasMaxLength(32);
        builder.Property(l => l.Subject).HasColumnName("subject").HasMaxLength(255);
        builder.Property(l => l.CustomerId).HasColumnName("customer_id");
        builder.Property(l => l.CreatedAt).HasColumnName("created_at");
        builder.Property(l => l.LastSignInAt).HasColumnName("last_sign_in_at");
        // One person at one provider is one customer, even when two first sign-ins race.
        builder.HasIndex(l => new { l.Provider, l.Subject }).IsUnique();
        builder.HasIndex(l => l.CustomerId);
    }
}

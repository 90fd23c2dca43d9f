using Headless.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff_members");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(s => s.Email).HasColumnName("email").HasMaxLength(StaffMember.MaxEmailLength);
        builder.HasIndex(s => s.Email).IsUnique();
        builder.Property(s => s.Name).HasColumnName("name").HasMaxLength(StaffMember.MaxNameLength);
        builder.Property(s => s.PasswordHash).HasColumnName("password_hash").HasMaxLength(200);
        builder.Property(s => s.Role).HasColumnName("role").HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.IsDisabled).HasColumnName("is_disabled");
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.Property(s => s.SessionsRevokedAt).HasColumnName("sessions_revoked_at");
        builder.Property(s => s.ConcurrencyStamp).HasColumnName("concurrency_stamp").IsConcurrencyToken();
        builder.ComplexProperty(s => s.Totp, TotpColumns.Map);
        builder.Ignore(s => s.Permissions);
        builder.Ignore(s => s.DomainEvents);
    }
}

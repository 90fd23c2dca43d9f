using Headless.Infrastructure.Identity.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

/// <summary>Customers: personal columns hold Data Protection ciphertext only; the email is found by its blind index.</summary>
public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.EmailIndex).HasColumnName("email_index").HasMaxLength(64);
        builder.Property(c => c.EmailProtected).HasColumnName("email_protected").HasMaxLength(2000);
        builder.Property(c => c.FirstNameProtected).HasColumnName("first_name_protected").HasMaxLength(2000);
        builder.Property(c => c.LastNameProtected).HasColumnName("last_name_protected").HasMaxLength(2000);
        builder.Property(c => c.PhoneProtected).HasColumnName("phone_protected").HasMaxLength(2000);
        builder.Property(c => c.PasswordHash).HasColumnName("password_hash").HasMaxLength(200);
        builder.Property(c => c.PasswordChangedAt).HasColumnName("password_changed_at");
        builder.Property(c => c.EmailVerifiedAt).HasColumnName("email_verified_at");
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.DeletedAt).HasColumnName("deleted_at");
        builder.Ignore(c => c.IsDeleted);
        builder.ComplexProperty(c => c.Totp, TotpColumns.Map);
        builder.Property(c => c.MfaStamp).HasColumnName("mfa_stamp").IsConcurrencyToken();
        builder.HasIndex(c => c.EmailIndex).IsUnique();
    }
}

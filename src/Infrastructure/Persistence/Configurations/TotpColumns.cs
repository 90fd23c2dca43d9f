using Headless.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

/// <summary>The columns of an account's <see cref="TotpFactor"/>, in the account's own table.</summary>
internal static class TotpColumns
{
    public static void Map(ComplexPropertyBuilder<TotpFactor> totp)
    {
        // Protected (Data Protection) secrets: base64 of an encrypted payload, a few hundred characters.
        totp.Property(t => t.PendingSecret).HasColumnName("totp_pending_secret").HasMaxLength(1000);
        totp.Property(t => t.Secret).HasColumnName("totp_secret").HasMaxLength(1000);
        totp.Property(t => t.EnabledAt).HasColumnName("totp_enabled_at");
        totp.Property(t => t.LastAcceptedStep).HasColumnName("totp_last_step");
        totp.Property(t => t.RecoveryCodeHashes).HasColumnName("recovery_code_hashes").HasMaxLength(1000);
    }
}

using Headless.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(e => e.OccurredAt).HasColumnName("occurred_at");
        builder.Property(e => e.ActorKind).HasColumnName("actor_kind").HasMaxLength(AuditEntry.MaxKindLength);
        builder.Property(e => e.ActorId).HasColumnName("actor_id").HasMaxLength(AuditEntry.MaxIdLength);
        builder.Property(e => e.Action).HasColumnName("action").HasMaxLength(AuditEntry.MaxActionLength);
        builder.Property(e => e.TargetType).HasColumnName("target_type").HasMaxLength(AuditEntry.MaxTypeLength);
        builder.Property(e => e.TargetId).HasColumnName("target_id").HasMaxLength(AuditEntry.MaxIdLength);
        builder.Property(e => e.Outcome).HasColumnName("outcome").HasMaxLength(AuditEntry.MaxOutcomeLength);
        builder.Property(e => e.ErrorCodes).HasColumnName("error_codes").HasMaxLength(AuditEntry.MaxErrorCodesLength);
        builder.Property(e => e.Changes).HasColumnName("changes");
        builder.Property(e => e.RequestId).HasColumnName("request_id").HasMaxLength(AuditEntry.MaxRequestIdLength);
        builder.Property(e => e.ClientAddress).HasColumnName("client_address").HasMaxLength(AuditEntry.MaxClientAddressLength);
        builder.Property(e => e.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(AuditEntry.MaxIdempotencyKeyLength);

        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.ActorId, e.Id });
        builder.HasIndex(e => new { e.TargetType, e.TargetId, e.Id });

        // A key makes one change per action and target: a concurrent repeat fails here and finds the first.
        builder.HasIndex(e => new { e.Action, e.TargetId, e.IdempotencyKey }).IsUnique();
    }
}

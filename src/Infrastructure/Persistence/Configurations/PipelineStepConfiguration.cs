using Headless.Domain.Ordering;
using Headless.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class PipelineStepConfiguration : IEntityTypeConfiguration<PipelineStep>
{
    public void Configure(EntityTypeBuilder<PipelineStep> builder)
    {
        builder.ToTable("pipeline_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(s => s.OrderId).HasColumnName("order_id");
        builder.Property(s => s.Handler).HasColumnName("handler").HasMaxLength(PipelineStep.MaxHandlerLength);
        builder.Property(s => s.TriggerSequence).HasColumnName("trigger_sequence");
        builder.Property(s => s.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Attempts).HasColumnName("attempts");
        builder.Property(s => s.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(s => s.LeaseOwner).HasColumnName("lease_owner");
        builder.Property(s => s.LeaseExpiresAt).HasColumnName("lease_expires_at");
        builder.Property(s => s.LastError).HasColumnName("last_error").HasMaxLength(PipelineStep.MaxErrorLength);
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.Property(s => s.CompletedAt).HasColumnName("completed_at");
        builder.HasOne<Order>().WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Cascade);

        // A handler acts on an order once: a second row for the same pair cannot be written.
        builder.HasIndex(s => new { s.OrderId, s.Handler }).IsUnique();
        builder.HasIndex(s => new { s.Status, s.NextAttemptAt });
    }
}

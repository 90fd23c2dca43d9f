using Headless.Infrastructure.Integrations.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(d => d.EndpointId).HasColumnName("endpoint_id");
        builder.Property(d => d.Position).HasColumnName("position");
        builder.Property(d => d.EventType).HasColumnName("event_type").HasMaxLength(Integrations.Feed.FeedEntry.MaxTypeLength);
        builder.Property(d => d.OccurredAt).HasColumnName("occurred_at");
        builder.Property(d => d.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Attempts).HasColumnName("attempts");
        builder.Property(d => d.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(d => d.LastAttemptAt).HasColumnName("last_attempt_at");
        builder.Property(d => d.LastStatusCode).HasColumnName("last_status_code");
        builder.Property(d => d.LastDurationMs).HasColumnName("last_duration_ms");
        builder.Property(d => d.LastError).HasColumnName("last_error").HasMaxLength(WebhookDelivery.MaxErrorLength);
        builder.Property(d => d.CreatedAt).HasColumnName("created_at");
        builder.Property(d => d.CompletedAt).HasColumnName("completed_at");
        builder.Property(d => d.Replays).HasColumnName("replays");
        builder.Property(d => d.LeaseOwner).HasColumnName("lease_owner");
        builder.Property(d => d.LeaseExpiresAt).HasColumnName("lease_expires_at");

        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.EndpointId, d.Position }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.EndpointId, d.OccurredAt });
    }
}

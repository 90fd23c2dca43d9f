using Headless.Infrastructure.Integrations.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> builder)
    {
        builder.ToTable("webhook_delivery_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.DeliveryId).HasColumnName("delivery_id");
        builder.Property(a => a.EndpointId).HasColumnName("endpoint_id");
        builder.Property(a => a.Attempt).HasColumnName("attempt");
        builder.Property(a => a.AttemptedAt).HasColumnName("attempted_at");
        builder.Property(a => a.StatusCode).HasColumnName("status_code");
        builder.Property(a => a.DurationMs).HasColumnName("duration_ms");
        builder.Property(a => a.Error).HasColumnName("error").HasMaxLength(WebhookDelivery.MaxErrorLength);
        builder.Property(a => a.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(a => a.Outcome).HasColumnName("outcome").HasConversion<string>().HasMaxLength(16);

        builder.HasOne<WebhookDelivery>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.EndpointId, a.AttemptedAt });
    }
}

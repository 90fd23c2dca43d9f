using Headless.Infrastructure.Integrations.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        builder.ToTable("notification_deliveries");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(n => n.Key).HasColumnName("key").HasMaxLength(NotificationDelivery.MaxKeyLength);
        builder.Property(n => n.EventId).HasColumnName("event_id");
        builder.Property(n => n.OrderId).HasColumnName("order_id");
        builder.Property(n => n.Position).HasColumnName("position");
        builder.Property(n => n.Template).HasColumnName("template").HasMaxLength(NotificationDelivery.MaxTemplateLength);
        builder.Property(n => n.Channel).HasColumnName("channel").HasMaxLength(NotificationDelivery.MaxChannelLength);
        builder.Property(n => n.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Attempts).HasColumnName("attempts");
        builder.Property(n => n.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(n => n.LastError).HasColumnName("last_error").HasMaxLength(NotificationDelivery.MaxErrorLength);
        builder.Property(n => n.CreatedAt).HasColumnName("created_at");
        builder.Property(n => n.SentAt).HasColumnName("sent_at");
        builder.Property(n => n.LeaseOwner).HasColumnName("lease_owner");
        builder.Property(n => n.LeaseExpiresAt).HasColumnName("lease_expires_at");

        // The idempotency key: one event, one template, one channel, one message.
        builder.HasIndex(n => n.Key).IsUnique();
        builder.HasIndex(n => new { n.Status, n.NextAttemptAt });
    }
}

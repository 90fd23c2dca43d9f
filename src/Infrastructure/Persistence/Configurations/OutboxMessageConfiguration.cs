using Headless.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);

        // An identity column on every provider: insertion order is sending order.
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(m => m.Topic).HasColumnName("topic").HasMaxLength(OutboxMessage.MaxTopicLength);
        builder.Property(m => m.Payload).HasColumnName("payload");
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");
        builder.Property(m => m.PublishedAt).HasColumnName("published_at");
        builder.Property(m => m.LeaseOwner).HasColumnName("lease_owner");
        builder.Property(m => m.LeaseExpiresAt).HasColumnName("lease_expires_at");
        builder.Property(m => m.Attempts).HasColumnName("attempts");
        builder.HasIndex(m => new { m.PublishedAt, m.Id });
    }
}

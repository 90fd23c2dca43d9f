using Headless.Infrastructure.Integrations.Feed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class FeedEntryConfiguration : IEntityTypeConfiguration<FeedEntry>
{
    public void Configure(EntityTypeBuilder<FeedEntry> builder)
    {
        builder.ToTable("event_feed");
        builder.HasKey(f => f.Position);

        // Assigned by the sequencer, never by the database: an identity value is taken at insert, not at commit.
        builder.Property(f => f.Position).HasColumnName("position").ValueGeneratedNever();
        builder.Property(f => f.EventId).HasColumnName("event_id");
        builder.Property(f => f.OrderId).HasColumnName("order_id");
        builder.Property(f => f.Type).HasColumnName("type").HasMaxLength(FeedEntry.MaxTypeLength);
        builder.Property(f => f.OccurredAt).HasColumnName("occurred_at");
        builder.Property(f => f.RecordedAt).HasColumnName("recorded_at");
        builder.Property(f => f.Payload).HasColumnName("payload");
        builder.HasIndex(f => f.EventId).IsUnique();
        builder.HasIndex(f => f.OccurredAt);
    }
}

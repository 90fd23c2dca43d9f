using Headless.Domain.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class OrderEventConfiguration : IEntityTypeConfiguration<OrderEvent>
{
    public void Configure(EntityTypeBuilder<OrderEvent> builder)
    {
        builder.ToTable("order_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.OrderId).HasColumnName("order_id");
        builder.Property(e => e.Sequence).HasColumnName("sequence");
        builder.Property(e => e.OccurredAt).HasColumnName("occurred_at");
        builder.Property(e => e.Actor).HasColumnName("actor").HasMaxLength(OrderEvent.MaxActorLength);
        builder.Property(e => e.Transition).HasColumnName("transition").HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.FromState).HasColumnName("from_state").HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ToState).HasColumnName("to_state").HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Note).HasColumnName("note").HasMaxLength(OrderEvent.MaxNoteLength);

        builder.HasIndex(e => new { e.OrderId, e.Sequence }).IsUnique();
        builder.Ignore(e => e.DomainEvents);
    }
}

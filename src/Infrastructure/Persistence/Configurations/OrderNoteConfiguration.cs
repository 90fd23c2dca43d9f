using Headless.Domain.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class OrderNoteConfiguration : IEntityTypeConfiguration<OrderNote>
{
    public void Configure(EntityTypeBuilder<OrderNote> builder)
    {
        builder.ToTable("order_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(n => n.OrderId).HasColumnName("order_id");
        builder.Property(n => n.Text).HasColumnName("text").HasMaxLength(OrderNote.MaxTextLength);
        builder.Property(n => n.AuthorKind).HasColumnName("author_kind").HasMaxLength(OrderNote.MaxAuthorKindLength);
        builder.Property(n => n.AuthorId).HasColumnName("author_id").HasMaxLength(OrderNote.MaxAuthorIdLength);
        builder.Property(n => n.CreatedAt).HasColumnName("created_at");
        builder.HasOne<Order>().WithMany().HasForeignKey(n => n.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.OrderId, n.CreatedAt });
        builder.Ignore(n => n.DomainEvents);
    }
}

using Headless.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("categories");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.Slug).HasColumnName("slug").HasMaxLength(Category.MaxSlugLength);
        builder.Property(c => c.Name).HasColumnName("name").HasMaxLength(Category.MaxNameLength);
        builder.Property(c => c.Position).HasColumnName("position");
        builder.Property(c => c.ParentId).HasColumnName("parent_id");

        // Restrict: deleting a category with children would orphan a subtree.
        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => new { c.ParentId, c.Position });
        builder.Ignore(c => c.DomainEvents);
    }
}

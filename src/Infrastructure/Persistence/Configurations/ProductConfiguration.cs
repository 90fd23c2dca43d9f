using Headless.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public const string RevisionProperty = "Revision";

    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.Slug).HasColumnName("slug").HasMaxLength(Product.MaxSlugLength);
        builder.Property(p => p.Name).HasColumnName("name").HasMaxLength(Product.MaxNameLength);
        builder.Property(p => p.Description).HasColumnName("description").HasMaxLength(Product.MaxDescriptionLength);
        builder.Property(p => p.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.RecipientField).HasColumnName("recipient_field").HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.RecipientCountry).HasColumnName("recipient_country").HasMaxLength(2);
        builder.Property(p => p.CategoryId).HasColumnName("category_id");
        builder.Property(p => p.CreatedAt).HasColumnName("created_at");
        builder.Property(p => p.PopularityScore).HasColumnName("popularity_score");
        builder.Property(p => p.IsDraft).HasColumnName("is_draft");
        builder.Property(p => p.DeletedAt).HasColumnName("deleted_at");

        // Bumped by every admin write (CatalogAdminService): two staff saving one product at once cannot both win,
        // and a scheduled price applied on one instance cannot overwrite a price set meanwhile on another.
        builder.Property<int>(RevisionProperty).HasColumnName("revision").IsConcurrencyToken();

        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Variants).HasField("_variants").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Images, image =>
        {
            image.ToTable("product_images");
            image.WithOwner().HasForeignKey("ProductId");
            image.Property<int>("Id").HasColumnName("id");
            image.HasKey("Id");
            image.Property<Guid>("ProductId").HasColumnName("product_id");
            image.Property(i => i.Url).HasColumnName("url").HasMaxLength(ProductImage.MaxUrlLength);
            image.Property(i => i.AltText).HasColumnName("alt_text").HasMaxLength(ProductImage.MaxAltTextLength);
            image.Property(i => i.Position).HasColumnName("position");
        });
        builder.Navigation(p => p.Images).HasField("_images").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Attributes, attribute =>
        {
            attribute.ToTable("product_attributes");
            attribute.WithOwner().HasForeignKey("ProductId");
            attribute.Property<int>("Id").HasColumnName("id");
            attribute.HasKey("Id");
            attribute.Property<Guid>("ProductId").HasColumnName("product_id");
            attribute.Property(a => a.Name).HasColumnName("name").HasMaxLength(ProductAttribute.MaxNameLength);
            attribute.Property(a => a.Value).HasColumnName("value").HasMaxLength(ProductAttribute.MaxValueLength);
        });
        builder.Navigation(p => p.Attributes).HasField("_attributes").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.CreatedAt);
        builder.HasIndex(p => p.PopularityScore);
        builder.Ignore(p => p.DomainEvents);
    }
}

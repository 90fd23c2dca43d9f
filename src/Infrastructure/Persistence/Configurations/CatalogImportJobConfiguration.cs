using Headless.Infrastructure.Catalog.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class CatalogImportJobConfiguration : IEntityTypeConfiguration<CatalogImportJob>
{
    public void Configure(EntityTypeBuilder<CatalogImportJob> builder)
    {
        builder.ToTable("catalog_import_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(j => j.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(CatalogImportJob.MaxIdempotencyKeyLength);
        builder.Property(j => j.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Total).HasColumnName("total");
        builder.Property(j => j.Processed).HasColumnName("processed");
        builder.Property(j => j.ProductsCreated).HasColumnName("products_created");
        builder.Property(j => j.ProductsUpdated).HasColumnName("products_updated");
        builder.Property(j => j.VariantsCreated).HasColumnName("variants_created");
        builder.Property(j => j.VariantsUpdated).HasColumnName("variants_updated");
        builder.Property(j => j.ErrorsJson).HasColumnName("errors");
        builder.Property(j => j.CreatedAt).HasColumnName("created_at");
        builder.Property(j => j.FinishedAt).HasColumnName("finished_at");
        builder.HasIndex(j => j.IdempotencyKey).IsUnique();
    }
}

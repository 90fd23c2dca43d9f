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
        // The resume point of a background job doubles as its fence: a save by an instance whose lease was taken over fails.
        builder.Property(j => j.Processed).HasColumnName("processed").IsConcurrencyToken();
        builder.Property(j => j.Mode).HasColumnName("mode").HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Background).HasColumnName("background");
        builder.Property(j => j.RowsFailed).HasColumnName("rows_failed");
        builder.Property(j => j.Csv).HasColumnName("csv");
        builder.Property(j => j.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(64);
        builder.Property(j => j.LeaseUntil).HasColumnName("lease_until");
        builder.Property(j => j.ActorKind).HasColumnName("actor_kind").HasMaxLength(32);
        builder.Property(j => j.ActorId).HasColumnName("actor_id").HasMaxLength(64);
        builder.Property(j => j.RequestId).HasColumnName("request_id").HasMaxLength(128);
        builder.Property(j => j.ClientAddress).HasColumnName("client_address").HasMaxLength(64);
        builder.Property(j => j.ProductsCreated).HasColumnName("products_created");
        builder.Property(j => j.ProductsUpdated).HasColumnName("products_updated");
        builder.Property(j => j.VariantsCreated).HasColumnName("variants_created");
        builder.Property(j => j.VariantsUpdated).HasColumnName("variants_updated");
        builder.Property(j => j.ErrorsJson).HasColumnName("errors");
        builder.Property(j => j.CreatedAt).HasColumnName("created_at");
        builder.Property(j => j.FinishedAt).HasColumnName("finished_at");
        builder.HasIndex(j => j.IdempotencyKey).IsUnique();
        builder.HasIndex(j => new { j.Status, j.LeaseUntil });
    }
}

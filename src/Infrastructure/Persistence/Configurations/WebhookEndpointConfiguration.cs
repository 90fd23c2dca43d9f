using Headless.Infrastructure.Integrations.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Infrastructure.Persistence.Configurations;

public sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(WebhookEndpoint.MaxNameLength);
        builder.Property(e => e.Url).HasColumnName("url").HasMaxLength(WebhookEndpoint.MaxUrlLength);
        builder.Property(e => e.Secret).HasColumnName("secret").HasMaxLength(WebhookEndpoint.MaxSecretLength);
        builder.Property(e => e.Events).HasColumnName("events").HasMaxLength(WebhookEndpoint.MaxEventsLength);
        builder.Property(e => e.Enabled).HasColumnName("enabled");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.Ignore(e => e.CheckpointName);
        builder.HasIndex(e => e.Name).IsUnique();
    }
}

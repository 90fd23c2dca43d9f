using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Headless.Infrastructure.Tests.Persistence;

public sealed partial class ModelTests
{
    private static readonly string[] ExpectedTables =
    [
        "account_tokens", "api_keys", "audit_entries", "auth_sessions", "cart_lines", "carts",
        "catalog_idempotency_keys", "catalog_import_jobs", "categories", "customer_addresses", "customer_carts",
        "customer_orders", "customers", "data_protection_keys", "delivery_refusals", "digital_codes", "event_feed",
        "external_logins", "integration_checkpoints", "low_stock_rules", "notification_deliveries", "order_events",
        "order_lines", "order_notes", "order_number_counters", "order_returns", "orders", "outbox_messages",
        "payments", "pipeline_steps", "processed_webhooks", "product_attributes", "product_images",
        "product_variants", "products", "protected_secrets", "refresh_tokens", "refund_lines", "refunds",
        "return_lines", "sandbox_effects", "scheduled_prices", "seed_history", "shipments", "sign_in_throttle",
        "signing_keys", "staff_members", "stock_allocations", "stock_levels", "stock_locations", "stock_low_alerts",
        "stock_movements", "stock_reservations", "trusted_devices", "variant_options", "webhook_deliveries", "webhook_delivery_attempts",
        "webhook_endpoints",
    ];

    [Theory]
    [MemberData(nameof(ProviderModels.Providers), MemberType = typeof(ProviderModels))]
    public void MigrationsAreUpToDateWithTheModel(string provider)
    {
        using var db = ProviderModels.Create(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model changed; add a migration (see src/Infrastructure/Persistence/README.md).");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Theory]
    [MemberData(nameof(ProviderModels.Providers), MemberType = typeof(ProviderModels))]
    public void EveryDatabaseNameIsSnakeCase(string provider)
    {
        using var db = ProviderModels.Create(provider);
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();

        var names = model.Tables.SelectMany(t => new[] { t.Name }
            .Concat(t.Columns.Select(c => c.Name))
            .Concat(t.UniqueConstraints.Select(k => k.Name))
            .Concat(t.ForeignKeyConstraints.Select(f => f.Name))
            .Concat(t.Indexes.Select(i => i.Name))
            .Concat(t.CheckConstraints.Select(c => c.Name!)))
            .ToList();

        Assert.Equal(ExpectedTables.Order(), model.Tables.Select(t => t.Name).Order());
        Assert.Contains("compare_at_price_amount", names);
        Assert.All(names, name => Assert.Matches(SnakeCaseName(), name));
    }

    [Theory]
    [MemberData(nameof(ProviderModels.Providers), MemberType = typeof(ProviderModels))]
    public void EnumsAreStoredAsText(string provider)
    {
        using var db = ProviderModels.Create(provider);
        var kind = db.Model.FindEntityType(typeof(Domain.Catalog.Product))!.FindProperty(nameof(Domain.Catalog.Product.Kind))!;

        Assert.Equal(typeof(string), kind.GetTypeMapping().Converter?.ProviderClrType);
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCaseName();
}

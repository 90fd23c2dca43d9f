using Headless.Domain.Catalog;
using Headless.Domain.Checkout;
using Headless.Domain.Identity;
using Headless.Domain.Inventory;
using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Domain.Shipping;
using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Identity.PersonalData;
using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Identity.Tokens;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Persistence.Conventions;
using Headless.Infrastructure.Persistence.Seeding;
using Headless.Infrastructure.Pipeline;
using Headless.Infrastructure.Sandbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Persistence;

/// <summary>
/// The model, shared by all providers. Each provider has a subclass only so that it can own a separate
/// set of migrations; the application resolves this type and never needs to know which one it got.
/// </summary>
public abstract class HeadlessDbContext : DbContext, IDataProtectionKeyContext
{
    public const string MigrationsHistoryTable = "ef_migrations_history";

    protected HeadlessDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    /// <summary>For reads by variant id; variants are changed through their <see cref="Product"/>.</summary>
    public DbSet<ProductVariant> ProductVariants => Set<ProductVariant>();

    public DbSet<StockLocation> StockLocations => Set<StockLocation>();

    public DbSet<StockLevel> StockLevels => Set<StockLevel>();

    public DbSet<StockReservation> StockReservations => Set<StockReservation>();

    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    public DbSet<LowStockRule> LowStockRules => Set<LowStockRule>();

    public DbSet<StockLowAlert> StockLowAlerts => Set<StockLowAlert>();

    public DbSet<Cart> Carts => Set<Cart>();

    public DbSet<Order> Orders => Set<Order>();

    /// <summary>For reads of an order's history; events are recorded through their <see cref="Order"/>.</summary>
    public DbSet<OrderEvent> OrderEvents => Set<OrderEvent>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<StockAllocation> StockAllocations => Set<StockAllocation>();

    public DbSet<Domain.Payments.Refund> Refunds => Set<Domain.Payments.Refund>();

    public DbSet<Domain.Ordering.Returns.OrderReturn> Returns => Set<Domain.Ordering.Returns.OrderReturn>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedWebhook> ProcessedWebhooks => Set<ProcessedWebhook>();

    public DbSet<Integrations.Feed.FeedEntry> FeedEntries => Set<Integrations.Feed.FeedEntry>();

    public DbSet<Integrations.Feed.IntegrationCheckpoint> IntegrationCheckpoints => Set<Integrations.Feed.IntegrationCheckpoint>();

    public DbSet<Integrations.Webhooks.WebhookEndpoint> WebhookEndpoints => Set<Integrations.Webhooks.WebhookEndpoint>();

    public DbSet<Integrations.Webhooks.WebhookDelivery> WebhookDeliveries => Set<Integrations.Webhooks.WebhookDelivery>();

    public DbSet<Integrations.Webhooks.WebhookAttempt> WebhookAttempts => Set<Integrations.Webhooks.WebhookAttempt>();

    public DbSet<Integrations.Notifications.NotificationDelivery> NotificationDeliveries => Set<Integrations.Notifications.NotificationDelivery>();
    public DbSet<PipelineStep> PipelineSteps => Set<PipelineStep>();

    public DbSet<Shipment> Shipments => Set<Shipment>();

    public DbSet<SandboxEffect> SandboxEffects => Set<SandboxEffect>();

    public DbSet<Fulfillment.DigitalCodes.DigitalCode> DigitalCodes => Set<Fulfillment.DigitalCodes.DigitalCode>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>The Data Protection key ring, shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<CustomerAddress> CustomerAddresses => Set<CustomerAddress>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    public DbSet<CustomerCart> CustomerCarts => Set<CustomerCart>();

    public DbSet<CustomerOrder> CustomerOrders => Set<CustomerOrder>();

    public DbSet<SignInThrottleEntry> SignInThrottle => Set<SignInThrottleEntry>();

    public DbSet<ProtectedSecret> ProtectedSecrets => Set<ProtectedSecret>();

    public DbSet<Identity.External.ExternalLogin> ExternalLogins => Set<Identity.External.ExternalLogin>();

    public DbSet<Identity.Devices.TrustedDevice> TrustedDevices => Set<Identity.Devices.TrustedDevice>();

    public DbSet<Catalog.Admin.CatalogImportJob> CatalogImportJobs => Set<Catalog.Admin.CatalogImportJob>();

    public DbSet<Catalog.Admin.CatalogIdempotencyKey> CatalogIdempotencyKeys => Set<Catalog.Admin.CatalogIdempotencyKey>();
    public DbSet<OrderNote> OrderNotes => Set<OrderNote>();

    /// <summary>Append-only (see <see cref="Auditing.AuditEntry"/>): read it, add to it, nothing else.</summary>
    public DbSet<Auditing.AuditEntry> AuditEntries => Set<Auditing.AuditEntry>();
    /// <summary>Cash-on-delivery parcels refused at the door, for the fraud rules.</summary>
    public DbSet<Payments.DeliveryRefusal> DeliveryRefusals => Set<Payments.DeliveryRefusal>();

    internal DbSet<SeedRecord> SeedHistory => Set<SeedRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HeadlessDbContext).Assembly, t => t.Namespace == typeof(Configurations.CategoryConfiguration).Namespace);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Conventions.Add(_ => new SnakeCaseNamingConvention());
}

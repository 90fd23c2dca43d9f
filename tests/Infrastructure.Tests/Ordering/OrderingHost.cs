using Headless.Domain.Catalog;
using Headless.Domain.Checkout;
using Headless.Domain.Common;
using Headless.Domain.Inventory;
using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Messaging;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Persistence;
using Headless.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Tests.Ordering;

/// <summary>
/// The services the API registers for checkout (persistence, in-process bus, ordering without the hosted
/// publisher), on a real database, plus a small catalog built through the domain.
/// </summary>
internal sealed class OrderingHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private OrderingHost(ServiceProvider services, ManualClock? clock)
    {
        _services = services;
        Clock = clock;
    }

    public ManualClock? Clock { get; }

    public IServiceProvider Services => _services;

    public SandboxPaymentProvider Sandbox => _services.GetRequiredService<SandboxPaymentProvider>();

    public IMessageBus Bus => _services.GetRequiredService<IMessageBus>();

    /// <summary>Everything logged in this host, for tests that assert on what operators would see.</summary>
    public CapturedLogs Logs => _services.GetRequiredService<CapturedLogs>();

    public static Task<OrderingHost> SqliteAsync(string file, ManualClock? clock = null, params (string Key, string? Value)[] settings) =>
        StartAsync(clock, [("Database:Provider", "Sqlite"), ("ConnectionStrings:Headless", $"Data Source={file}"), .. settings]);

    public static Task<OrderingHost> PostgresAsync(string connectionString, ManualClock? clock = null, params (string Key, string? Value)[] settings) =>
        StartAsync(clock, [("Database:Provider", "Postgres"), ("ConnectionStrings:Headless", connectionString), .. settings]);

    /// <summary>A second process on the same database: its own container, bus and sandbox.</summary>
    public static async Task<OrderingHost> StartAsync(ManualClock? clock, (string Key, string? Value)[] settings, Action<IServiceCollection, IConfiguration>? addServices = null)
    {
        // The sandbox is off unless asked for (it approves test tokens without moving money); given settings win.
        (string Key, string? Value)[] defaults = [("Database:SeedDemoCatalog", "false"), ("Payments:Sandbox:Enabled", "true")];
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(defaults.Concat(settings).Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        var logs = new CapturedLogs();
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddSingleton(logs);
        if (clock is not null)
        {
            services.AddSingleton<TimeProvider>(clock);
        }

        services.AddHeadlessPersistence(configuration);
        services.AddHeadlessMessaging(configuration);
        services.AddHeadlessOrdering(configuration, runBackgroundServices: false);
        addServices?.Invoke(services, configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.InitializeDatabaseAsync();
        return new OrderingHost(provider, clock);
    }

    public async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> WithDbAsync<T>(Func<HeadlessDbContext, Task<T>> action) => InScopeAsync(action);

    public Task<CartPayload> CartAsync(Func<CartService, Task<CartPayload>> action) => InScopeAsync(action);

    public Task<PlaceOrderResult> PlaceOrderAsync(string cartToken, string key, string paymentToken = SandboxTokens.Approve) =>
        InScopeAsync<PlaceOrderService, PlaceOrderResult>(s => s.PlaceOrderAsync(new PlaceOrderRequest(cartToken, "card", paymentToken, key)));

    /// <summary>One product with one variant and <paramref name="onHand"/> units in one warehouse (none tracked for digital goods).</summary>
    public Task<Guid> SeedVariantAsync(int onHand, decimal price = 25m, ProductKind kind = ProductKind.Physical) =>
        WithDbAsync(async db =>
        {
            var category = new Category($"cat-{Guid.NewGuid():N}"[..20], "Things", null, 0);
            var product = new Product($"p-{Guid.NewGuid():N}"[..20], "Thing", "", kind, category.Id, DateTimeOffset.UtcNow);
            var variant = product.AddVariant($"SKU-{Guid.NewGuid():N}"[..16], new Money(price, "EUR"));
            db.Add(category);
            db.Add(product);
            if (kind == ProductKind.Physical)
            {
                var location = await db.StockLocations.FirstOrDefaultAsync() ?? db.StockLocations.Add(new StockLocation("MAIN", "Main warehouse")).Entity;
                db.StockLevels.Add(new StockLevel(variant.Id, location.Id, onHand));
            }

            await db.SaveChangesAsync();
            return variant.Id;
        });

    /// <summary>A cart ready to check out through the real cart service: lines, email, Berlin address, standard shipping.</summary>
    public async Task<string> ReadyCartAsync(params (Guid VariantId, int Quantity)[] lines)
    {
        var created = await CartAsync(s => s.CreateCartAsync());
        var token = created.Token!;
        AssertOk(await CartAsync(s => s.AddLinesAsync(token, lines.Select(l => new CartLineInput(l.VariantId, l.Quantity)).ToList())));
        AssertOk(await CartAsync(s => s.SetEmailAsync(token, "shopper@example.com")));
        var payload = await CartAsync(s => s.SetShippingAddressAsync(token, Berlin));
        AssertOk(payload);
        if (payload.Cart!.Totals.RequiresShipping)
        {
            AssertOk(await CartAsync(s => s.SetShippingMethodAsync(token, "STANDARD")));
        }

        return token;
    }

    public static readonly Address Berlin = new("Ada", "Lovelace", "Unter den Linden 1", null, "Berlin", null, "10117", "DE");

    public Task<(int OnHand, int Allocated)> StockAsync(Guid variantId) =>
        WithDbAsync(async db =>
        {
            var levels = await db.StockLevels.AsNoTracking().Where(s => s.VariantId == variantId).ToListAsync();
            return (levels.Sum(l => l.OnHand), levels.Sum(l => l.Allocated));
        });

    public static void AssertOk(CartPayload payload) =>
        Assert.True(payload.Succeeded, string.Join("; ", payload.Errors.Select(e => $"{e.Code}: {e.Message}")));

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}

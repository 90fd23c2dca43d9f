using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Payments.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Headless.Infrastructure.Ordering;

public static class OrderingServiceCollectionExtensions
{
    /// <summary>
    /// Carts, checkout, orders, the sandbox payment provider and its webhooks, and (unless
    /// <paramref name="runBackgroundServices"/> is false) the outbox publisher and the reservation purge.
    /// Needs <c>AddHeadlessPersistence</c> and <c>AddHeadlessMessaging</c>. Settings: <c>Checkout</c>,
    /// <c>Outbox</c>, <c>Payments:Sandbox</c>.
    /// </summary>
    public static IServiceCollection AddHeadlessOrdering(this IServiceCollection services, IConfiguration configuration, bool runBackgroundServices = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(Bind<CheckoutOptions>(configuration, CheckoutOptions.SectionName));
        services.AddSingleton(Bind<OutboxOptions>(configuration, OutboxOptions.SectionName));
        services.AddSingleton(Bind<SandboxWebhookOptions>(configuration, SandboxWebhookOptions.SectionName));

        services.AddScoped<VariantCatalog>();
        services.AddScoped<StockAvailability>();
        services.AddScoped<CartService>();
        services.AddScoped<StockAllocator>();
        services.AddScoped<OrderNumberGenerator>();
        services.AddScoped<PlaceOrderService>();
        services.AddScoped<OrderQueries>();
        services.AddScoped<SandboxWebhookProcessor>();
        services.AddScoped<OutboxDispatcher>();
        services.AddSingleton<OrderStatusFeed>();
        services.AddSingleton<OutboxSignal>();
        services.TryAddSingleton<SandboxPaymentProvider>();
        services.TryAddSingleton<IPaymentProvider>(sp => sp.GetRequiredService<SandboxPaymentProvider>());
        if (runBackgroundServices)
        {
            services.AddHostedService<OutboxPublisher>();
            services.AddHostedService<ReservationPurge>();
        }

        return services;
    }

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }
}

using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Hosting;
using Headless.Infrastructure.Inventory;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Payments.Webhooks;
using Headless.Infrastructure.Telemetry;
using Headless.Infrastructure.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Headless.Infrastructure.Ordering;

public static class OrderingServiceCollectionExtensions
{
    /// <summary>
    /// Carts, checkout, orders, the sandbox payment provider and its webhooks when
    /// <c>Payments:Sandbox:Enabled</c>, and (unless <paramref name="runBackgroundServices"/> is false) the outbox
    /// publisher, the reservation purge and the expiry of orders whose payment never completed.
    /// Needs <c>AddHeadlessPersistence</c> and <c>AddHeadlessMessaging</c>. Settings: <c>Checkout</c>,
    /// <c>Outbox</c>, <c>Payments</c>, <c>Payments:Sandbox</c>.
    /// </summary>
    public static IServiceCollection AddHeadlessOrdering(this IServiceCollection services, IConfiguration configuration, bool runBackgroundServices = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(Bind<CheckoutOptions>(configuration, CheckoutOptions.SectionName));
        services.AddSingleton(Bind<OutboxOptions>(configuration, OutboxOptions.SectionName));
        var payments = Bind<PaymentOptions>(configuration, PaymentOptions.SectionName);
        services.AddSingleton(payments);
        var sandbox = Bind<SandboxWebhookOptions>(configuration, SandboxWebhookOptions.SectionName);
        services.AddSingleton(sandbox);

        services.AddScoped<VariantCatalog>();
        services.AddScoped<StockAvailability>();
        services.AddScoped<CartService>();
        services.AddScoped<StockAllocator>();
        services.AddHeadlessInventory();
        services.AddScoped<OrderNumberGenerator>();
        services.AddScoped<PlaceOrderService>();
        services.AddScoped<OrderQueries>();
        services.AddScoped<SandboxWebhookProcessor>();
        services.AddScoped<UnpaidOrderExpiry>();
        services.AddScoped<Payments.Refunds.RefundService>();
        services.AddScoped<Payments.Refunds.RefundFollowUp>();
        services.AddScoped<Actions.OrderActions>();
        services.AddScoped<Returns.ReturnService>();
        services.AddScoped<Returns.ReturnRestock>();
        services.AddScoped<OutboxDispatcher>();
        services.AddHeadlessMetrics(sampleOutbox: runBackgroundServices);
        services.AddSingleton<OrderStatusFeed>();
        services.AddSingleton<SharedOrderReads>();
        services.AddSingleton<OutboxSignal>();
        // The sandbox approves test tokens without moving money: it must be asked for. Without any provider,
        // placeOrder answers PAYMENT_UNAVAILABLE.
        if (sandbox.Enabled)
        {
            services.TryAddSingleton<SandboxPaymentProvider>();
            services.TryAddSingleton<IPaymentProvider>(sp => sp.GetRequiredService<SandboxPaymentProvider>());
            services.AddSingleton(new DevelopmentSecret(SandboxWebhookOptions.WebhookSecretSetting, SandboxWebhookOptions.DevelopmentWebhookSecret, sandbox.WebhookSecret));
        }

        // Cash on delivery moves no money through a provider, but it ships goods before payment: only when asked for.
        if (payments.Methods.GetValueOrDefault(PaymentMethodCodes.CashOnDelivery)?.Enabled == true)
        {
            services.AddSingleton<IPaymentProvider, CashOnDeliveryProvider>();
        }

        services.TryAddSingleton<PaymentMethodCatalog>();

        services.AddHeadlessPipeline(configuration, runBackgroundServices);
        if (runBackgroundServices)
        {
            services.AddHostedService<OutboxPublisher>();
            services.AddHostedService<ReservationPurge>();
            services.AddHostedService<RequiresActionExpiry>();
            services.AddHostedService<Payments.Refunds.RefundFollowUpSweep>();
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

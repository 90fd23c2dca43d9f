using Headless.Infrastructure.Fulfillment;
using Headless.Infrastructure.Fulfillment.DigitalCodes;
using Headless.Infrastructure.Hosting;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Pipeline.Steps;
using Headless.Infrastructure.Sandbox;
using Headless.Infrastructure.Shipping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Headless.Infrastructure.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// The order pipeline: its steps, the runner (unless <paramref name="runBackgroundServices"/> is false or
    /// <c>Outbox:Steps:Enabled</c> is false), the sandbox operator (<c>Fulfillment:Sandbox:Enabled</c>) and the
    /// sandbox carrier with its tracking webhooks (<c>Carriers:Sandbox:Enabled</c>, moving parcels on by itself when
    /// <c>Carriers:Sandbox:AutoAdvance</c>). Called by <c>AddHeadlessOrdering</c>.
    /// </summary>
    public static IServiceCollection AddHeadlessPipeline(this IServiceCollection services, IConfiguration configuration, bool runBackgroundServices = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var steps = Bind<StepOptions>(configuration, StepOptions.SectionName);
        var operatorSandbox = Bind<FulfillmentSandboxOptions>(configuration, FulfillmentSandboxOptions.SectionName);
        var carrierSandbox = Bind<CarrierSandboxOptions>(configuration, CarrierSandboxOptions.SectionName);
        services.AddSingleton(steps);
        services.AddSingleton(operatorSandbox);
        services.AddSingleton(carrierSandbox);
        services.AddSingleton(Bind<FulfillmentOptions>(configuration, FulfillmentOptions.SectionName));
        services.AddSingleton(Bind<DigitalCodeOptions>(configuration, DigitalCodeOptions.SectionName));
        services.AddSingleton<DigitalCodeIssuer>();

        services.TryAddSingleton<SandboxLedger>();
        services.TryAddSingleton<IRiskScreen, PassingRiskScreen>();
        services.AddSingleton<PipelineStepRunner>();
        services.AddScoped<PipelineSteps>();
        services.AddScoped<OrderStepTransaction>();
        services.AddScoped<PaymentCapture>();
        services.AddScoped<StockPicker>();
        services.AddScoped<TrackingWebhookProcessor>();
        services.AddScoped<IOrderStep, RiskScreeningStep>();
        services.AddScoped<IOrderStep, StockConfirmationStep>();
        services.AddScoped<IOrderStep, CaptureStep>();
        services.AddScoped<IOrderStep, StartFulfillmentStep>();
        services.AddScoped<IOrderStep, ServiceFulfillmentStep>();
        services.AddScoped<IOrderStep, ShipmentBookingStep>();
        services.AddScoped<IOrderStep, CaptureOnShipmentStep>();
        services.AddScoped<IOrderStep, CaptureOnDeliveryStep>();
        services.AddScoped<IOrderStep, DeliveryRefusalStep>();
        services.AddScoped<IOrderStep, ParcelRestockStep>();
        services.AddScoped<DeliveryRefusalCount>();

        // Sandboxes deliver and ship nothing real: each must be asked for (appsettings.Development.json does).
        if (operatorSandbox.Enabled)
        {
            services.AddSingleton<IFulfillmentProvider, SandboxOperator>();
        }

        if (carrierSandbox.Enabled)
        {
            services.AddSingleton<ICarrier, SandboxCarrier>();
            services.AddSingleton(new DevelopmentSecret(CarrierSandboxOptions.WebhookSecretSetting, CarrierSandboxOptions.DevelopmentWebhookSecret, carrierSandbox.WebhookSecret));
        }

        if (runBackgroundServices && steps.Enabled)
        {
            services.AddHostedService<PipelineWorker>();
        }

        if (runBackgroundServices && carrierSandbox.Enabled && carrierSandbox.AutoAdvance)
        {
            services.AddHostedService<SandboxCarrierSimulator>();
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

using Headless.Infrastructure.Integrations.Feed;
using Headless.Infrastructure.Integrations.Notifications;
using Headless.Infrastructure.Integrations.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Integrations;

public static class IntegrationsServiceCollectionExtensions
{
    /// <summary>
    /// The integrator feed (sequencer + pull-feed reader), outbound webhooks and customer notifications, and
    /// (unless <paramref name="runBackgroundServices"/> is false) their sweeps. Needs <c>AddHeadlessPersistence</c>.
    /// <paramref name="isDevelopment"/> allows http:// and private webhook targets and picks the folder mail sink
    /// when no SMTP host is set. Settings: <c>Integrations:Feed</c>, <c>Webhooks</c>, <c>Notifications</c>.
    /// </summary>
    public static IServiceCollection AddHeadlessIntegrations(this IServiceCollection services, IConfiguration configuration, bool isDevelopment, bool runBackgroundServices = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

        var feed = Bind<FeedOptions>(configuration, FeedOptions.SectionName);
        services.AddSingleton(feed);
        services.AddScoped<FeedSequencer>();
        services.AddScoped<EventFeed>();

        var webhooks = Bind<WebhookOptions>(configuration, WebhookOptions.SectionName);
        var policy = new WebhookTargetPolicy(webhooks.AllowInsecureTargets || isDevelopment);
        services.AddSingleton(webhooks);
        services.AddSingleton(policy);
        services.AddScoped<WebhookEndpointSync>();
        services.AddScoped<WebhookFanOut>();
        services.AddScoped<WebhookSender>();
        services.AddScoped<WebhookReplay>();
        services.AddScoped<WebhookEndpointAdmin>();
        services.AddHttpClient(WebhookOptions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectTimeout = webhooks.Timeout,
                ConnectCallback = policy.ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .ConfigureHttpClient(client => client.Timeout = webhooks.Timeout + TimeSpan.FromSeconds(1));

        var notifications = Bind<NotificationOptions>(configuration, NotificationOptions.SectionName);
        services.AddSingleton(notifications);
        var sender = ChooseSender(notifications, isDevelopment);
        if (sender is not null)
        {
            services.AddSingleton(notifications.Smtp);
            services.AddSingleton<IEmailSender>(sp => sender == "smtp"
                ? new SmtpEmailSender(notifications.Smtp, sp.GetRequiredService<ILogger<SmtpEmailSender>>())
                : new FolderEmailSender(notifications.Folder, notifications.Smtp.From, sp.GetRequiredService<ILogger<FolderEmailSender>>()));
            services.AddSingleton<INotificationChannel, EmailChannel>();
            services.AddScoped<NotificationScheduler>();
            services.AddScoped<NotificationSender>();
        }

        if (runBackgroundServices)
        {
            services.AddHostedService<FeedSequencerSweep>();
            services.AddHostedService<WebhookSweep>();
            if (sender is not null)
            {
                services.AddHostedService<NotificationSweep>();
            }
        }

        return services;
    }

    /// <summary><c>smtp</c>, <c>folder</c>, or null for no notifications.</summary>
    private static string? ChooseSender(NotificationOptions options, bool isDevelopment) => options.Sender?.Trim().ToLowerInvariant() switch
    {
        "smtp" => "smtp",
        "folder" => "folder",
        "none" => null,
        null or "" => !string.IsNullOrWhiteSpace(options.Smtp.Host) ? "smtp" : isDevelopment ? "folder" : null,
        var other => throw new InvalidOperationException($"Notifications:Sender is '{other}'; use Smtp, Folder or None."),
    };

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }
}

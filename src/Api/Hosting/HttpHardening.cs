using Microsoft.AspNetCore.HttpOverrides;

namespace Headless.Api.Hosting;

/// <summary>
/// What every response gets from the host: security headers, CORS only for configured origins, HSTS outside
/// Development, and the client's address and scheme from a trusted proxy when forwarded headers are enabled.
/// </summary>
public static class HttpHardening
{
    public const string CorsPolicy = "Storefronts";

    public static IServiceCollection AddHttpHardening(this IServiceCollection services, IConfiguration configuration)
    {
        // Nothing by default: a browser storefront on another origin must be named (Cors:AllowedOrigins).
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins).WithMethods("GET", "POST").AllowAnyHeader();
            }
        }));

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    public static WebApplication UseHttpHardening(this WebApplication app)
    {
        // Off unless asked for: trusting X-Forwarded-For without a proxy in front would let any client pick its address.
        if (app.Configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
        {
            app.UseForwardedHeaders();
        }

        if (!app.Environment.IsDevelopment())
        {
            // Sent on HTTPS responses only (also those a TLS-terminating proxy forwarded as https).
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            // JSON and SDL need no policy of their own beyond this; the GraphiQL page sets its own, wider one.
            headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            return next(context);
        });
        app.UseCors(CorsPolicy);
        return app;
    }
}

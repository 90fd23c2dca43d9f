namespace Headless.Api.Hosting;

public static class DefaultUrl
{
    public const string Value = "http://localhost:5080";

    /// <summary>
    /// Listens on <see cref="Value"/> unless an address was configured in any of the usual ways:
    /// <c>Urls</c> in appsettings, <c>ASPNETCORE_URLS</c>/<c>URLS</c>, <c>--urls</c>, or
    /// <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c> as container images set them.
    /// Done in code rather than in appsettings.json, where it would shadow <c>ASPNETCORE_URLS</c>.
    /// </summary>
    public static WebApplicationBuilder ListenOnDefaultUrlUnlessConfigured(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = new[] { "urls", "http_ports", "https_ports" }
            .Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
        if (!configured)
        {
            builder.WebHost.UseUrls(Value);
        }

        return builder;
    }
}

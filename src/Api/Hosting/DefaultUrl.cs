namespace Headless.Api.Hosting;

public static class DefaultUrl
{
    public const string Value = "http://localhost:5080";
    public const int Port = 5080;

    /// <summary>
    /// Listens on <see cref="Value"/> unless an address was configured in any of the usual ways:
    /// <c>Urls</c> in appsettings, <c>ASPNETCORE_URLS</c>/<c>URLS</c>, <c>--urls</c>,
    /// <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c> as container images set them, or <c>Kestrel:Endpoints</c>.
    /// Given to Kestrel rather than as the host's URLs (or in appsettings.json, where it would shadow
    /// <c>ASPNETCORE_URLS</c>): a host on another server, such as the in-memory test server, then claims no address.
    /// </summary>
    public static WebApplicationBuilder ListenOnDefaultUrlUnlessConfigured(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = new[] { "urls", "http_ports", "https_ports" }.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(Port));
        }

        return builder;
    }
}

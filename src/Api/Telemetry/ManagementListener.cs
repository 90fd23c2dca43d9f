namespace Headless.Api.Telemetry;

/// <summary>
/// Adds a second address for operational endpoints beside the public ones, however those were configured:
/// appended to <c>urls</c> when set (an explicit Kestrel listen would make Kestrel drop them), otherwise a listen
/// beside the default one.
/// </summary>
internal static class ManagementListener
{
    public static void Add(WebApplicationBuilder builder, string host, int port)
    {
        var configuration = builder.Configuration;
        var urls = configuration["urls"];
        var httpPorts = configuration["http_ports"];
        var address = $"http://{host}:{port}";
        if (!string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, urls + ";" + address);
        }
        else if (!string.IsNullOrWhiteSpace(httpPorts))
        {
            // urls outranks http_ports: carry the ports over so they keep serving.
            var carried = httpPorts.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"http://*:{p}");
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, string.Join(';', carried.Append(address)));
        }
        else
        {
            // Listens in code (as ListenOnDefaultUrlUnlessConfigured does), which joins Kestrel:Endpoints and the default.
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                if (host is "localhost")
                {
                    kestrel.ListenLocalhost(port);
                }
                else if (host is "*" or "0.0.0.0" or "+")
                {
                    kestrel.ListenAnyIP(port);
                }
                else
                {
                    kestrel.Listen(System.Net.IPAddress.Parse(host), port);
                }
            });
        }
    }
}

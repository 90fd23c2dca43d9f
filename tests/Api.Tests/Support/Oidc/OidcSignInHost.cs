using Headless.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Headless.Api.Tests.Support.Oidc;

/// <summary>
/// Headless on a real Kestrel socket (a browser flow crosses hosts: the provider redirects to it), in Development
/// (the only environment that talks to an HTTP provider), on the given database, with provider settings.
/// </summary>
public sealed class OidcSignInHost(string databaseProvider, string connectionString, IReadOnlyDictionary<string, string> settings)
    : WebApplicationFactory<Program>
{
    private readonly Uri _address = new($"http://127.0.0.1:{LoopbackPort.Next()}");

    public CapturedLogs Logs { get; } = new();

    public Uri Address => _address;

    /// <summary>Starts the host once; a client with no cookies, not following redirects, for its address.</summary>
    public HttpClient CreateSocketClient()
    {
        if (!_started)
        {
            UseKestrel(_address.Port);
            StartServer();
            _started = true;
        }

        return new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(60) };
    }

    private bool _started;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", databaseProvider);
        builder.UseSetting("ConnectionStrings:Headless", connectionString);
        builder.UseSetting("Database:SeedDemoCatalog", "false");
        builder.UseSetting("Redis:Configuration", "");
        builder.UseSetting("urls", _address.ToString().TrimEnd('/'));
        builder.ConfigureLogging(logging => logging.UseTestHostLogging(Logs));
        foreach (var (key, value) in TestHostSettings.Sandbox.Concat(settings))
        {
            builder.UseSetting(key, value);
        }
    }
}

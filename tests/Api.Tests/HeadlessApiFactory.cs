using Headless.Api.Tests.Support;
using Headless.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Headless.Api.Tests;

/// <summary>
/// The real host in memory, on its own SQLite file in the temp directory, with in-process messaging
/// unless Redis is given, and the sandbox provider on (<see cref="TestHostSettings"/>); <paramref name="settings"/>
/// override configuration keys (over the shipped appsettings.json). What it logs is in <see cref="Logs"/>; warnings and errors also reach the test
/// output, except from <paramref name="expectedFailureCategories"/> (what the test makes fail on purpose).
/// </summary>
public sealed class HeadlessApiFactory(
    string? redisConfiguration = null,
    IReadOnlyDictionary<string, string>? settings = null,
    IReadOnlyCollection<string>? expectedFailureCategories = null,
    string? environment = null)
    : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"headless-api-{Guid.NewGuid():N}.db");
    private Uri? _kestrelAddress;

    /// <summary>The environment the host runs in; anything but Development behaves as production does.</summary>
    public string Environment { get; init; } = environment ?? "Testing";

    /// <summary>False leaves the sandbox settings out, so the host runs with the defaults of <see cref="Environment"/>.</summary>
    public bool WithSandbox { get; init; } = true;

    /// <summary>
    /// Serves on a real Kestrel socket on a free loopback port (what a chunked body or a socket-level limit needs)
    /// and returns a client for it.
    /// </summary>
    public HttpClient CreateKestrelClient()
    {
        if (_kestrelAddress is null)
        {
            _kestrelAddress = new Uri($"http://127.0.0.1:{LoopbackPort.Next()}");
            UseKestrel(_kestrelAddress.Port);
            StartServer();
        }

        return new HttpClient { BaseAddress = _kestrelAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Headless", $"Data Source={_databasePath}");
        // Set even when empty, so a Redis__Configuration in the machine's environment cannot leak in.
        builder.UseSetting("Redis:Configuration", redisConfiguration ?? "");
        builder.ConfigureLogging(logging => logging.UseTestHostLogging(Logs, expectedFailureCategories));
        if (_kestrelAddress is not null)
        {
            builder.UseSetting("urls", _kestrelAddress.ToString().TrimEnd('/'));
        }

        var sandbox = WithSandbox ? TestHostSettings.Sandbox : new Dictionary<string, string>();
        foreach (var (key, value) in sandbox.Concat(settings ?? new Dictionary<string, string>()))
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}

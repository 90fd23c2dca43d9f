using System.Diagnostics;
using System.Net.Sockets;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Operations;

/// <summary>
/// A private nginx in front of API instances, configured from the repository's ops/nginx.conf.template (the same file
/// ops/cluster.sh uses) in a temp directory, on a free loopback port. A missing binary fails with how to install it.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    public const string InstallHint = "run ./build.sh test (installs nginx via apt-get) or apt-get install nginx";

    private readonly Process _process;
    private readonly string _directory;

    private NginxServer(Process process, string directory, Uri baseAddress)
    {
        _process = process;
        _directory = directory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<NginxServer> StartAsync(IEnumerable<Uri> upstreams)
    {
        var binary = new[] { "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"nginx was not found: {InstallHint}.");
        var directory = Directory.CreateTempSubdirectory("headless-nginx-").FullName;
        var port = LoopbackPort.Next();
        var servers = string.Join("\n        ", upstreams.Select(u => $"server {u.Host}:{u.Port} max_fails=1 fail_timeout=10s;"));
        var configuration = (await File.ReadAllTextAsync(TemplatePath()))
            .Replace("@@USER@@", Environment.UserName == "root" ? "user www-data;" : "", StringComparison.Ordinal)
            .Replace("@@STATE@@", directory, StringComparison.Ordinal)
            .Replace("@@UPSTREAMS@@", servers, StringComparison.Ordinal)
            .Replace("@@LISTEN@@", $"127.0.0.1:{port}", StringComparison.Ordinal);
        var file = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(file, configuration);
        Directory.CreateDirectory(Path.Combine(directory, "nginx-tmp"));

        var start = new ProcessStartInfo(binary, ["-p", directory, "-c", file, "-e", Path.Combine(directory, "nginx-error.log"), "-g", "daemon off;"])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start)!;
        var server = new NginxServer(process, directory, new Uri($"http://127.0.0.1:{port}"));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            if (process.HasExited)
            {
                var log = Path.Combine(directory, "nginx-error.log");
                throw new InvalidOperationException($"nginx exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()} {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    private static string TemplatePath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "ops", "nginx.conf.template");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("ops/nginx.conf.template not found above " + AppContext.BaseDirectory);
    }
}

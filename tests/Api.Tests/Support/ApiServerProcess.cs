using System.Diagnostics;
using System.Text;
using Headless.Api.Health;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Support;

/// <summary>
/// The API as a real server process: <c>dotnet Headless.Api.dll --urls http://127.0.0.1:port</c> from the
/// build output of src/Api, configured through environment variables (e.g. <c>Database__Provider</c>).
/// Kills the process on dispose.
/// </summary>
public sealed class ApiServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>
    /// Starts the server (environment Testing, sandbox on: <see cref="TestHostSettings"/>) and waits until
    /// <c>/health/live</c> answers (the database is migrated and seeded by then).
    /// </summary>
    /// <param name="workingDirectory">Where the process starts; the dll's own folder unless given.</param>
    public static async Task<ApiServerProcess> StartAsync(IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var dll = FindApiDll();
        var baseAddress = new Uri($"http://127.0.0.1:{LoopbackPort.Next()}");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Redis__Configuration"] = "";
        foreach (var (key, value) in TestHostSettings.SandboxEnvironment.Concat(environment))
        {
            start.Environment[key] = value;
        }

        var server = new ApiServerProcess(Process.Start(start)!, baseAddress);
        server._process.OutputDataReceived += (_, e) => server.Record(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilLiveAsync();
        }
        catch
        {
            // A server that never came up must not outlive the test that gave up on it.
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Sends SIGTERM, as a process manager stopping the instance does, and waits for the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the instance dies at once, as on a crash or an out-of-memory kill.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>
    /// Runs <c>dotnet Headless.Api.dll</c> with <paramref name="arguments"/> to its end (a command such as <c>backup</c>,
    /// no web host), with the same environment as a server: its exit code and everything it printed.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var dll = FindApiDll();
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in TestHostSettings.SandboxEnvironment.Concat(environment))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output) + (await error));
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public string Output()
    {
        lock (_output)
        {
            return _output.ToString();
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
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                // HasExited turns true before the redirected output is drained; WaitForExitAsync waits for its end,
                // so the message carries the lines the process wrote last (a refusal's reason).
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The API exited with {_process.ExitCode}:\n{Output()}");
            }

            try
            {
                using var response = await client.GetAsync(HealthEndpoints.LivePath);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The API did not come up within {StartTimeout}:\n{Output()}");
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>src/Api's build output of the same configuration as this test assembly (building the tests builds it).</summary>
    private static string FindApiDll()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        for (var directory = testOutput; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Api", "bin", configuration, framework, "Headless.Api.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"Headless.Api.dll ({configuration}/{framework}) not found above {AppContext.BaseDirectory}; build src/Api.");
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Headless.Api.Tests.Support;

/// <summary>
/// Subscriptions held open by the real <c>graphql-ws</c> npm client (tests/js/subscribe-lines.mjs), one Node
/// process for all of a test's subscriptions. Missing Node or <c>npm ci</c> fails the test with what to run.
/// </summary>
public sealed class GraphQLWsSubscriber : IAsyncDisposable
{
    private const string InstallHint = "run `npm ci --prefix tests/js` (the README's test command does).";

    private readonly Process _process;
    private readonly ConcurrentDictionary<string, Channel<JsonObject>> _messages = new();
    private readonly StringBuilder _stderr = new();

    private GraphQLWsSubscriber(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (string.IsNullOrWhiteSpace(e.Data))
            {
                return;
            }

            var message = JsonNode.Parse(e.Data)!.AsObject();
            Inbox(message["id"]!.GetValue<string>()).Writer.TryWrite(message);
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static GraphQLWsSubscriber Start()
    {
        var js = FindJsDirectory();
        if (!Directory.Exists(Path.Combine(js, "node_modules", "graphql-ws")))
        {
            throw new InvalidOperationException($"graphql-ws is not installed in {js}: {InstallHint}");
        }

        var start = new ProcessStartInfo("node", [Path.Combine(js, "subscribe-lines.mjs")])
        {
            WorkingDirectory = js,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        try
        {
            return new GraphQLWsSubscriber(Process.Start(start) ?? throw new InvalidOperationException("node did not start."));
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"Node.js (`node`) is not on PATH ({error.Message}); {InstallHint}", error);
        }
    }

    /// <summary>Opens subscription <paramref name="id"/> on the server at <paramref name="baseAddress"/> (ws://…/graphql).</summary>
    public void Subscribe(string id, Uri baseAddress, string query, object? variables = null)
    {
        var url = new UriBuilder(baseAddress) { Scheme = "ws", Path = "/graphql" }.Uri.ToString();
        Send(new { subscribe = id, url, query, variables });
    }

    public void Stop(string id) => Send(new { stop = id });

    /// <summary>The next result of <paramref name="id"/>'s <c>next</c> messages; fails on an error, completion or timeout.</summary>
    public async Task<JsonObject> NextAsync(string id, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        JsonObject message;
        try
        {
            message = await Inbox(id).Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Subscription '{id}' delivered nothing within {timeout}. Node stderr: {Stderr()}");
        }

        return message["next"] is JsonObject next
            ? next
            : throw new InvalidOperationException($"Subscription '{id}' did not deliver a result: {message.ToJsonString()}");
    }

    /// <summary>The subscription's next message, whatever it is (next, error or complete).</summary>
    public async Task<JsonObject> MessageAsync(string id, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await Inbox(id).Reader.ReadAsync(cancel.Token);
    }

    /// <summary>Whether a message for <paramref name="id"/> is waiting right now.</summary>
    public bool HasPending(string id) => Inbox(id).Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Send(object command)
    {
        _process.StandardInput.WriteLine(JsonSerializer.Serialize(command));
        _process.StandardInput.Flush();
    }

    private Channel<JsonObject> Inbox(string id) => _messages.GetOrAdd(id, _ => Channel.CreateUnbounded<JsonObject>());

    private string Stderr()
    {
        lock (_stderr)
        {
            return _stderr.ToString();
        }
    }

    private static string FindJsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "js");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Cannot find tests/js/package.json above " + AppContext.BaseDirectory);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Headless.Infrastructure.Integrations.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Tests.Integrations;

/// <summary>
/// An integrator's webhook endpoint: a real Kestrel app on a loopback port that checks every request's Standard
/// Webhooks signature with the endpoint secret and answers what <see cref="Respond"/> says for the n-th request
/// of a path (500 on purpose, 307 to elsewhere, 200).
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3";

    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, int> _counts = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>(path, 1-based request number on that path) → status code. Default: 200.</summary>
    public Func<string, int, int> Respond { get; set; } = (_, _) => 200;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public string Url(string path) => $"{BaseUrl}/{path}";

    public IReadOnlyList<ReceivedWebhook> On(string path) => Received.Where(r => r.Path == path).OrderBy(r => r.At).ToList();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{path}", async (string path, HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var id = http.Request.Headers[WebhookSignature.IdHeader].ToString();
            var timestamp = http.Request.Headers[WebhookSignature.TimestampHeader].ToString();
            var signature = http.Request.Headers[WebhookSignature.SignatureHeader].ToString();
            var valid = WebhookSignature.Verify(Secret, id, timestamp, body, signature, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
            var n = receiver._counts.AddOrUpdate(path, 1, (_, c) => c + 1);
            receiver.Received.Enqueue(new ReceivedWebhook(path, id, timestamp, signature, body, valid, receiver._clock.Elapsed));
            var status = receiver.Respond(path, n);
            if (status is >= 300 and < 400)
            {
                http.Response.Headers.Location = receiver.Url("elsewhere");
            }

            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        return receiver;
    }

    public async Task WaitUntilAsync(Func<WebhookReceiver, bool> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition(this))
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"The receiver got {Received.Count} requests and the condition still does not hold: {string.Join(", ", Received.Select(r => $"{r.Path}:{r.Id}"))}");
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Api.Tests.Admin.Integrations;

/// <summary>An integrator's endpoint: a real Kestrel app on a loopback port that keeps every request's Standard Webhooks headers and body.</summary>
internal sealed class SignedWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SignedWebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Id, string Timestamp, string Signature, string Body)> Received { get; } = new();

    /// <summary>Requests that came with a query string (the URL of another endpoint on the same receiver).</summary>
    public ConcurrentQueue<string> ReceivedWithQuery { get; } = new();

    public string Url { get; private set; } = "";

    public static async Task<SignedWebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new SignedWebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            if (http.Request.QueryString.HasValue)
            {
                receiver.ReceivedWithQuery.Enqueue(http.Request.QueryString.Value!);
                return Results.Ok();
            }

            receiver.Received.Enqueue((http.Request.Headers["webhook-id"].ToString(), http.Request.Headers["webhook-timestamp"].ToString(), http.Request.Headers["webhook-signature"].ToString(), body));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/hook";
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

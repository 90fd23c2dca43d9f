using Headless.Api.Development;
using Headless.Api.Health;
using Headless.Api.Hosting;
using Headless.Api.Identity;
using Headless.Api.Identity.Oidc;
using Headless.Api.Storefront;
using Headless.Api.Webhooks;
using Headless.Infrastructure.Messaging;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.ListenOnDefaultUrlUnlessConfigured();

builder.Services.AddHttpHardening(builder.Configuration);
builder.Services.AddHeadlessHealth();
builder.Services.AddHeadlessPersistence(builder.Configuration);
builder.Services.AddHeadlessMessaging(builder.Configuration);
builder.Services.AddHeadlessOrdering(builder.Configuration);
builder.Services.AddHeadlessAuthentication(builder.Configuration);
builder.Services.AddOidcSignIn(builder.Configuration, builder.Environment);
builder.Services.AddStorefront(builder.Configuration);

var app = builder.Build();
if (!DevelopmentSecretGuard.AllowsStart(app.Services, app.Environment))
{
    // Disposing flushes the log line that says why.
    await app.DisposeAsync();
    return 1;
}

await app.Services.InitializeDatabaseAsync();
app.UseHttpHardening();
app.UseHeadlessAuthentication();
app.MapRoot();
app.MapHeadlessHealth();
app.MapStorefront();
app.MapOidcSignIn();
app.MapSandboxWebhooks();
app.MapSandboxPaymentSimulatorInDevelopment();

await app.RunAsync();
return 0;

/// <summary>Entry point marker so WebApplicationFactory can find the host.</summary>
public partial class Program;

using Headless.Api.Admin;
using Headless.Api.Development;
using Headless.Api.Health;
using Headless.Api.Hosting;
using Headless.Api.Integrations;
using Headless.Api.Identity;
using Headless.Api.Identity.Oidc;
using Headless.Api.Storefront;
using Headless.Api.Telemetry;
using Headless.Api.Webhooks;
using Headless.Infrastructure.Integrations;
using Headless.Infrastructure.Backups;
using Headless.Infrastructure.Messaging;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Hosting;

var startup = StartupTimeline.Begin();
if (BackupCommand.Handles(args))
{
    return await BackupCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(ContentRoot.Options(CreateStaffCommand.HostArguments(args)));
builder.ListenOnDefaultUrlUnlessConfigured();
builder.AddHeadlessTelemetry();
startup.Mark("builder");

builder.Services.AddHttpHardening(builder.Configuration);
builder.Services.AddHeadlessHealth();
builder.Services.AddHeadlessPersistence(builder.Configuration);
builder.Services.AddHeadlessMessaging(builder.Configuration);
builder.Services.AddHeadlessOrdering(builder.Configuration);
builder.Services.AddHeadlessAuthentication(builder.Configuration);
builder.Services.AddOidcSignIn(builder.Configuration, builder.Environment);
builder.Services.AddStorefront(builder.Configuration);
builder.Services.AddHeadlessIntegrations(builder.Configuration, builder.Environment.IsDevelopment());
builder.Services.AddHeadlessBackups(builder.Configuration);
builder.Services.AddGracefulShutdown(builder.Configuration);
builder.Services.AddAdmin(builder.Configuration);
startup.Mark("services");

var app = builder.Build();
startup.Mark("build");
if (!DevelopmentSecretGuard.AllowsStart(app.Services, app.Environment))
{
    // Disposing flushes the log line that says why.
    await app.DisposeAsync();
    return 1;
}

if (CreateStaffCommand.IsRequested(args))
{
    var exitCode = await CreateStaffCommand.RunAsync(app, args);
    await app.DisposeAsync();
    return exitCode;
}

await app.Services.InitializeDatabaseAsync(startup);
await app.SeedDemoOwnerInDevelopmentAsync();
app.UseHttpHardening();
app.UseHeadlessMetricsEndpoint();
app.UseHeadlessAuthentication();
app.MapRoot();
app.MapHeadlessHealth();
app.MapStorefront();
startup.Mark("storefront schema");
app.MapAdmin();
startup.Mark("admin schema");
app.MapOidcSignIn();
app.MapSandboxWebhooks();
app.MapSandboxPaymentSimulatorInDevelopment();
app.MapWebhookToolsInDevelopment();
app.MapCarrierWebhooks();
app.MapPipelineStepsInDevelopment();
app.LogStartupTimeline(startup);

await app.RunAsync();
return 0;

/// <summary>Entry point marker so WebApplicationFactory can find the host.</summary>
public partial class Program;

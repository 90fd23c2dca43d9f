using Headless.Api.Health;
using Headless.Api.Hosting;
using Headless.Infrastructure.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.ListenOnDefaultUrlUnlessConfigured();

builder.Services.AddHeadlessHealth();
// MERGE (data half): builder.Services.AddHeadlessPersistence(builder.Configuration);
builder.Services.AddHeadlessMessaging(builder.Configuration);

var app = builder.Build();

// MERGE (data half): await app.Services.InitializeDatabaseAsync();
app.MapHeadlessHealth();

await app.RunAsync();

/// <summary>Entry point marker so WebApplicationFactory can find the host.</summary>
public partial class Program;

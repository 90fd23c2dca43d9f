using Headless.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHeadlessPersistence(builder.Configuration);
var app = builder.Build();
await app.Services.InitializeDatabaseAsync();
app.MapGet("/health/live", () => Results.Ok(new { status = "Healthy" }));
app.Run();

/// <summary>Entry point marker so WebApplicationFactory can find the host.</summary>
public partial class Program;

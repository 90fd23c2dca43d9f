var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health/live", () => Results.Ok(new { status = "Healthy" }));
app.Run();

/// <summary>Entry point marker so WebApplicationFactory can find the host.</summary>
public partial class Program;

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Support;

namespace Headless.Api.Tests.Hosting;

/// <summary>The built server started as a real process from a folder that is not its own still reads its appsettings.json.</summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("headless-cwd-").FullName;

    [Fact]
    public async Task StartedFromAnotherDirectoryTheServerStillRunsWithItsAppsettings()
    {
        await using var server = await ApiServerProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Headless"] = $"Data Source={Path.Combine(_elsewhere, "headless.db")}",
            },
            workingDirectory: _elsewhere);
        using var client = server.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // GraphQL:Limits:MaxCost is 20000 in appsettings.json; without the file the engine's default (5000) applies.
        Assert.Equal(20000, (int?)body["extensions"]?["cost"]?["maximum"]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_elsewhere, recursive: true);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.Tests.Shared;
using Npgsql;

namespace Headless.Api.Tests.Health;

/// <summary>
/// The database goes away under a running server (a private PostgreSQL, stopped mid-test): clients get a
/// retryable SERVICE_UNAVAILABLE with HTTP 503, and readiness says which dependency failed and why.
/// </summary>
public sealed class DatabaseOutageTests
{
    private const string Password = "pw-never-shown-7f3a";

    // What a stopped database makes fail on purpose; the output of a passing run stays clean.
    private static readonly string[] ExpectedFailures =
        ["Headless.GraphQL", "Microsoft.Extensions.Diagnostics.HealthChecks", "Microsoft.EntityFrameworkCore", "Npgsql"];

    [Fact]
    public async Task WhenTheDatabaseStopsQueriesAnswer503ServiceUnavailableAndReadinessNamesTheDatabase()
    {
        var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        HeadlessApiFactory? api = null;
        try
        {
            var connectionString = await postgres.CreateDatabaseAsync("outage") + $";Password={Password}";
            api = new HeadlessApiFactory(
                settings: new Dictionary<string, string>
                {
                    ["Database:Provider"] = "Postgres",
                    ["ConnectionStrings:Headless"] = connectionString,
                },
                expectedFailureCategories: ExpectedFailures);
            using var client = api.CreateClient();
            using var before = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

            await postgres.DisposeAsync();
            NpgsqlConnection.ClearAllPools();

            using var query = await client.PostAsJsonAsync("/graphql", new { query = "{ products(first: 2) { nodes { name } } }" });
            var body = JsonNode.Parse(await query.Content.ReadAsStringAsync())!;
            using var ready = await client.GetAsync("/health/ready");
            var readiness = await ready.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, query.StatusCode);
            Assert.True(query.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, $"Retry-After: {query.Headers.RetryAfter}");
            var error = Assert.Single(body["errors"]!.AsArray())!;
            Assert.Equal("SERVICE_UNAVAILABLE", error["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal("products", error["path"]![0]!.GetValue<string>());
            Assert.NotEmpty(error["locations"]!.AsArray());
            Assert.NotNull(error["extensions"]!["requestId"]);
            Assert.Null(error["extensions"]!["exception"]);
            Assert.Contains("database", error["message"]!.GetValue<string>(), StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var database = JsonNode.Parse(readiness)!["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "database")!;
            Assert.Equal("Unhealthy", database["status"]!.GetValue<string>());
            Assert.StartsWith("The database did not answer", database["description"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.DoesNotContain(Password, readiness, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, body.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain(api.Logs.Entries, e => e.Message.Contains(Password, StringComparison.Ordinal));
        }
        finally
        {
            if (api is not null)
            {
                await api.DisposeAsync();
            }

            await postgres.DisposeAsync();
        }
    }
}

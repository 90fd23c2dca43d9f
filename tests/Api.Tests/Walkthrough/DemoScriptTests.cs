using Headless.Api.Tests.Support;
using Headless.GraphQL.Tests.Support;

namespace Headless.Api.Tests.Walkthrough;

/// <summary>
/// scripts/demo.sh (<c>./build.sh demo</c>) is the README walkthrough as a script; running it against a real
/// server keeps the walkthrough from rotting. Twice against the same server: fresh keys and event ids each time.
/// </summary>
public sealed class DemoScriptTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TheWalkthroughRunsEndToEndAgainstARunningApiAndCanBeRepeated()
    {
        // The live step runs the README's graphql-ws snippet; without the packages the script would skip it.
        NodeScript.EnsureInstalled("graphql-ws");
        NodeScript.EnsureInstalled("ws");
        var database = Path.Combine(Path.GetTempPath(), $"headless-demo-{Guid.NewGuid():N}.db");
        try
        {
            await using var server = await ApiServerProcess.StartAsync(new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Headless"] = $"Data Source={database}",
            });
            // Test servers sign with their own secret (TestHostSettings), which the script is told like any other.
            var environment = new Dictionary<string, string>
            {
                ["HEADLESS_URL"] = server.BaseAddress.ToString(),
                ["HEADLESS_WEBHOOK_SECRET"] = TestHostSettings.WebhookSecret,
            };

            var first = await RepositoryScript.RunAsync("scripts/demo.sh", [], environment, Timeout);
            var second = await RepositoryScript.RunAsync("scripts/demo.sh", [], environment, Timeout);

            Assert.True(first.ExitCode == 0, first.Output);
            Assert.True(second.ExitCode == 0, second.Output);
            Assert.Contains("is PAYMENT_CAPTURED.", first.Output, StringComparison.Ordinal);
            Assert.Contains("2 PAYMENT_AUTHORIZED by sandbox", first.Output, StringComparison.Ordinal);
            Assert.Contains("3 PAYMENT_CAPTURED by sandbox-webhook", second.Output, StringComparison.Ordinal);
            Assert.Contains("live: 3 PAYMENT_CAPTURED by sandbox-webhook", first.Output, StringComparison.Ordinal);
            Assert.Contains("live: 3 PAYMENT_CAPTURED by sandbox-webhook", second.Output, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }
}

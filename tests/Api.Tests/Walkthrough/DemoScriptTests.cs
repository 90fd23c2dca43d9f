using Headless.Api.Tests.Support;
using Headless.GraphQL.Tests.Support;

namespace Headless.Api.Tests.Walkthrough;

/// <summary>
/// scripts/demo.sh (<c>./build.sh demo</c>) is the README walkthrough as a script; running it against a real
/// server keeps the walkthrough from rotting. Twice against the same server: fresh keys each time. The server runs as
/// Development does (pipeline on, parcels moved along by the sandbox carrier), so no webhook is signed by hand.
/// </summary>
public sealed class DemoScriptTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

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
                // Test servers start with the pipeline off (TestHostSettings); Development has it on.
                ["Outbox__Steps__Enabled"] = "true",
                ["Carriers__Sandbox__AutoAdvance"] = "true",
            });
            var environment = new Dictionary<string, string> { ["HEADLESS_URL"] = server.BaseAddress.ToString() };

            var first = await RepositoryScript.RunAsync("scripts/demo.sh", [], environment, Timeout);
            var second = await RepositoryScript.RunAsync("scripts/demo.sh", [], environment, Timeout);

            Assert.True(first.ExitCode == 0, first.Output);
            Assert.True(second.ExitCode == 0, second.Output);
            foreach (var run in new[] { first.Output, second.Output })
            {
                Assert.Contains("is DELIVERED; order", run, StringComparison.Ordinal);
                Assert.Contains("is FULFILLED (top-up credited, gift-card code shown).", run, StringComparison.Ordinal);
                Assert.Contains("2 PAYMENT_AUTHORIZED by sandbox", run, StringComparison.Ordinal);
                Assert.Matches(@"live: \d+ SHIPPED by sandbox", run);
                Assert.Matches(@"live: \d+ DELIVERED by carrier-sandbox", run);
                Assert.Matches(@"""status"":""FULFILLED"",""reference"":""OPR-[0-9A-F]+""", run);
                Assert.Matches(@"""codes"":\[""[A-Z2-9]{4}-", run);
                Assert.DoesNotContain("Sandbox-Signature", run, StringComparison.Ordinal);
            }
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

namespace Headless.Api.Tests.Walkthrough;

/// <summary><c>./build.sh test</c> ends with a line per project and the total CI reads; <c>./build.sh summary</c> is that step alone.</summary>
public sealed class TestSummaryTests
{
    private const string PassingRun = """
        Passed!  - Failed:     0, Passed:   412, Skipped:     0, Total:   412, Duration: 3 s - Headless.Domain.Tests.dll (net10.0)
        Passed!  - Failed:     0, Passed:   980, Skipped:     1, Total:   981, Duration: 1 m 2 s - Headless.GraphQL.Tests.dll (net10.0)
        """;

    private const string FailingRun = """
          Failed Headless.Api.Tests.Checkout.SqliteCheckoutTests.Something [12 ms]
          Error Message:
           Assert.Equal() Failure
        Failed!  - Failed:     1, Passed:   300, Skipped:     0, Total:   301, Duration: 40 s - Headless.Api.Tests.dll (net10.0)
        Passed!  - Failed:     0, Passed:   412, Skipped:     0, Total:   412, Duration: 3 s - Headless.Domain.Tests.dll (net10.0)
        """;

    [Fact]
    public async Task APassingRunEndsWithOneLinePerProjectAndTheTotal()
    {
        var (exitCode, lines) = await SummarizeAsync(PassingRun);

        Assert.Equal(0, exitCode);
        Assert.Equal("Total: 1392 passed, 0 failed", lines[^1]);
        Assert.Contains(lines, l => l.Trim().StartsWith("Headless.GraphQL.Tests:", StringComparison.Ordinal) && l.EndsWith("980 passed, 0 failed, 1 skipped", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l.Contains(" passed, ", StringComparison.Ordinal) && !l.StartsWith("Total:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ARunWithAFailedTestCountsItAndExitsNonZero()
    {
        var (exitCode, lines) = await SummarizeAsync(FailingRun);

        Assert.NotEqual(0, exitCode);
        Assert.Equal("Total: 712 passed, 1 failed", lines[^1]);
    }

    [Fact]
    public async Task ARunInWhichNoProjectReportedIsAFailure()
    {
        var (exitCode, lines) = await SummarizeAsync("Build FAILED.\n");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Total: 0 passed, 0 failed", lines);
    }

    private static async Task<(int ExitCode, string[] Lines)> SummarizeAsync(string consoleLog)
    {
        var log = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(log, consoleLog);
            var (exitCode, output) = await RepositoryScript.RunAsync("build.sh", ["summary", log], new Dictionary<string, string>(), TimeSpan.FromSeconds(30));
            return (exitCode, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(StripColor).ToArray());
        }
        finally
        {
            File.Delete(log);
        }
    }

    private static string StripColor(string line) => System.Text.RegularExpressions.Regex.Replace(line, @"\x1b\[[0-9;]*m", "");
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Headless.Tests.Shared;

/// <summary>
/// Logging of an in-memory test host: everything from Information up is kept in <see cref="CapturedLogs"/> for
/// tests to assert on; only warnings and errors reach the console (the test run's output), and not even those
/// from categories the test expects to fail (e.g. the health check of a Redis that is down on purpose), so a
/// passing run prints nothing that looks like a failure.
/// </summary>
public static class TestHostLogging
{
    public static ILoggingBuilder UseTestHostLogging(this ILoggingBuilder logging, CapturedLogs captured, IReadOnlyCollection<string>? expectedFailureCategories = null)
    {
        ArgumentNullException.ThrowIfNull(captured);
        var expected = expectedFailureCategories ?? [];
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddProvider(captured);
        logging.AddSimpleConsole(options => options.SingleLine = true);
        logging.AddFilter<ConsoleLoggerProvider>((category, level) =>
            level >= LogLevel.Warning && !expected.Any(prefix => category?.StartsWith(prefix, StringComparison.Ordinal) == true));
        return logging;
    }
}

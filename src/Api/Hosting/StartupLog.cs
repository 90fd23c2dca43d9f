using Headless.Infrastructure.Hosting;

namespace Headless.Api.Hosting;

/// <summary>One Information line when the host has started: how long start-up took and where the time went.</summary>
public static partial class StartupLog
{
    public const string LoggerCategory = "Headless.Api.Hosting.Startup";

    public static void LogStartupTimeline(this WebApplication app, StartupTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerCategory);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            timeline.Mark("start");
            LogStarted(logger, timeline.Describe());
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started in {Timeline} (phase wall/CPU ms)")]
    private static partial void LogStarted(ILogger logger, string timeline);
}

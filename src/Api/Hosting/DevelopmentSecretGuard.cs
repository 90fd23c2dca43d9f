using Headless.Infrastructure.Hosting;

namespace Headless.Api.Hosting;

/// <summary>
/// Refuses to start a host outside Development while a secret in use (every registered
/// <see cref="DevelopmentSecret"/>) still has its built-in development value or is empty: a shared, published
/// secret protects nothing. Each offending setting gets one critical log line that names it.
/// </summary>
public static partial class DevelopmentSecretGuard
{
    public const string LoggerCategory = "Headless.Api.Hosting.DevelopmentSecretGuard";

    /// <summary>True when the host may start; false after logging every setting that must be set first.</summary>
    public static bool AllowsStart(IServiceProvider services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsDevelopment())
        {
            return true;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerCategory);
        var allowed = true;
        foreach (var secret in services.GetServices<DevelopmentSecret>().Where(s => s.IsUnsafeOutsideDevelopment))
        {
            LogRefused(logger, secret.Setting, environment.EnvironmentName, secret.Setting.Replace(":", "__", StringComparison.Ordinal));
            allowed = false;
        }

        return allowed;
    }

    [LoggerMessage(
        Level = LogLevel.Critical,
        Message = "Refusing to start: {Setting} is empty or the built-in development value, which is public; outside Development ({Environment}) set your own secret (environment variable {EnvironmentVariable})")]
    private static partial void LogRefused(ILogger logger, string setting, string environment, string environmentVariable);
}

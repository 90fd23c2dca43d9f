using Microsoft.Extensions.Hosting;

namespace Headless.Api.Hosting;

/// <summary>
/// Where appsettings.json (and a relative SQLite file) are looked up. ASP.NET Core takes the working directory, so
/// <c>dotnet /srv/headless/Headless.Api.dll</c> started from elsewhere would run without its settings and quietly
/// change introspection, limits and log levels. We keep the working directory when it holds appsettings.json
/// (<c>dotnet run</c> in src/Api) and otherwise use the application's own folder, where the build copies it.
/// </summary>
public static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>The options to create the builder with: the content root, unless one was given explicitly.</summary>
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsGivenExplicitly(args) || File.Exists(Path.Combine(Directory.GetCurrentDirectory(), SettingsFile))
            ? null
            : AppContext.BaseDirectory,
    };

    /// <summary><c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c> or <c>DOTNET_CONTENTROOT</c> (as test hosts pass it) win.</summary>
    private static bool IsGivenExplicitly(string[] args) =>
        !string.IsNullOrEmpty(new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey]);
}

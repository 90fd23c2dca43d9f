using System.Diagnostics;
using System.Text;

namespace Headless.GraphQL.Tests.Support;

/// <summary>
/// Runs a script of the repository's tests/js package with Node, feeding it stdin. Missing Node or a missing
/// <c>npm ci</c> fails the test with the command to run: a differential test that silently skips proves nothing.
/// </summary>
internal static class NodeScript
{
    private const string InstallHint =
        "Run the README's test command (it runs `npm ci --prefix tests/js` before `dotnet test`), or run that npm command yourself.";

    public static string JsDirectory { get; } = FindJsDirectory();

    public static string Run(string script, string input, TimeSpan timeout)
    {
        EnsureInstalled("graphql");
        var start = new ProcessStartInfo("node", [Path.Combine(JsDirectory, script)])
        {
            WorkingDirectory = JsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"Node.js (`node`) is not on PATH ({error.Message}). {InstallHint}", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node {script} did not finish within {timeout}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {errors.Result}");
            }

            return output.Result;
        }
    }

    public static void EnsureInstalled(string package)
    {
        if (!Directory.Exists(Path.Combine(JsDirectory, "node_modules", package)))
        {
            throw new InvalidOperationException($"The npm package `{package}` is not installed in {JsDirectory}. {InstallHint}");
        }
    }

    private static string FindJsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "js");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Cannot find tests/js/package.json above " + AppContext.BaseDirectory);
    }
}

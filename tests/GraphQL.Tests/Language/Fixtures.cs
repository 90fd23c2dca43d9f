namespace Headless.GraphQL.Tests.Language;

/// <summary>Reads the documents under Fixtures/, copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));
}

namespace Headless.GraphQL.Benchmarks;

/// <summary>The documents measured, shared with the graphql-js side of bench/parse-ratio.sh.</summary>
internal static class Inputs
{
    public static readonly string[] Names = ["kitchen-sink", "introspection-query"];

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Inputs", name + ".graphql"));
}

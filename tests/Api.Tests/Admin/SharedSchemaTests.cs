using Headless.Api.Admin;
using Headless.Api.Storefront;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.Api.Tests.Admin;

/// <summary>
/// <c>schema/shared.graphql</c> defines the types both schemas use (scalars, money, order and payment statuses) once.
/// Each published file keeps its own copy, so that it stays complete for integrators and the served SDL stays
/// exactly the file; these tests prove that no copy drifts from the shared definition.
/// </summary>
public sealed class SharedSchemaTests
{
    private static readonly Lazy<Schema> Storefront = new(() => StorefrontSchema.Build());
    private static readonly Lazy<Schema> AdminApi = new(() => AdminSchema.Build().Schema);

    private static IReadOnlyList<string> SharedNames()
    {
        var document = Parser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "shared.graphql")));
        return [.. document.Definitions.OfType<ITypeDefinitionNode>().Select(d => d.Name.Value)];
    }

    [Fact]
    public void EverySharedTypeIsPrintedIdenticallyInBothSchemas()
    {
        var shared = SharedTypes();
        var drifted = new List<string>();
        foreach (var (name, printed) in shared)
        {
            foreach (var (label, schema) in new[] { ("storefront", Storefront.Value), ("admin", AdminApi.Value) })
            {
                if (!schema.TypeMap.TryGetValue(name, out var type))
                {
                    drifted.Add($"{label} has no {name}");
                }
                else if (SchemaPrinter.PrintType(type) != printed)
                {
                    drifted.Add($"{label}'s {name} differs from schema/shared.graphql:\n{SchemaPrinter.PrintType(type)}\n---\n{printed}");
                }
            }
        }

        Assert.True(shared.Count >= 9, $"Only {shared.Count} shared types.");
        Assert.True(drifted.Count == 0, string.Join("\n\n", drifted));
    }

    [Fact]
    public void ATypeBothSchemasDefineAlikeIsDeclaredShared()
    {
        var shared = SharedNames().ToHashSet(StringComparer.Ordinal);

        var undeclared = Storefront.Value.TypeMap.Values
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.IsBuiltIn(t.Name) && t is not ObjectType { Name: "Query" or "Mutation" or "Subscription" })
            .Where(t => AdminApi.Value.TypeMap.TryGetValue(t.Name, out var other) && SchemaPrinter.PrintType(other) == SchemaPrinter.PrintType(t))
            .Select(t => t.Name)
            .Where(n => !shared.Contains(n))
            .ToList();

        Assert.True(undeclared.Count == 0, "Defined alike in both schemas but not in schema/shared.graphql: " + string.Join(", ", undeclared));
    }

    /// <summary>Each shared definition as the engine prints it, from a schema built of the shared file alone.</summary>
    private static Dictionary<string, string> SharedTypes()
    {
        var sdl = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "shared.graphql"));
        var schema = SchemaBuilder.FromSdl(sdl + "\n\"The root.\"\ntype Query { \"Unused.\" shared: Money }\n")
            .AddScalar(GraphQL.Types.Scalars.DateTimeScalar.Create())
            .AddScalar(GraphQL.Types.Scalars.DecimalScalar.Create())
            .Build(requireResolvers: false);
        return SharedNames().ToDictionary(n => n, n => SchemaPrinter.PrintType(schema.TypeMap[n]), StringComparer.Ordinal);
    }
}

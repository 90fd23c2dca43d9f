using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Validation;

/// <summary>The shared "pets" schema of the validation tests, read from validation-schema.graphql.</summary>
internal static class ValidationSchema
{
    public static string Sdl { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Validation", "validation-schema.graphql"));

    public static Schema Instance { get; } = SchemaBuilder.FromSdl(Sdl).BuildWithoutResolvers();
}

namespace Headless.GraphQL.Types;

/// <summary>How strictly <see cref="SchemaBuilder.Build(SchemaBuildOptions)"/> checks resolvers and the type system.</summary>
public sealed record SchemaBuildOptions
{
    public static SchemaBuildOptions Default { get; } = new();

    /// <summary>For tests that only need the type system (validation, printing): no resolver or scalar checks.</summary>
    public static SchemaBuildOptions WithoutResolvers { get; } = new() { RequireResolvers = false };

    /// <summary>
    /// When true (the default) the build fails for: root-type fields without a resolver (unless the root type is
    /// bound to a CLR type with the member), fields of CLR-bound object types with neither a resolver nor a member,
    /// subscription fields without a source stream, and custom scalars without an implementation.
    /// </summary>
    public bool RequireResolvers { get; init; } = true;

    /// <summary>When true, fields of object types with no bound CLR type also need an explicit resolver.</summary>
    public bool StrictResolvers { get; init; }

    /// <summary>Run <see cref="SchemaValidator"/> and fail on its errors.</summary>
    public bool ValidateSchema { get; init; } = true;
}

using System.Runtime.CompilerServices;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation;

/// <summary>
/// The implicit fields every selection may use (spec §4.2): <c>__typename</c> on any composite type, and
/// <c>__schema</c> / <c>__type(name:)</c> on the query root. They are not in the types' field maps.
/// </summary>
internal sealed class IntrospectionFields
{
    private static readonly ConditionalWeakTable<Schema, IntrospectionFields> Cache = new();

    private IntrospectionFields(Schema schema)
    {
        var stringType = schema.GetType("String") ?? new ScalarType("String", v => v, v => v, v => v);
        TypeName = new FieldDefinition("__typename", new NonNullType(stringType));
        if (GetType(schema, "__Schema") is { } schemaType)
        {
            SchemaField = new FieldDefinition("__schema", new NonNullType(schemaType));
        }

        if (GetType(schema, "__Type") is { } typeType)
        {
            TypeField = new FieldDefinition("__type", typeType)
            {
                Arguments = [new InputValueDefinition("name", new NonNullType(stringType))],
            };
        }
    }

    public FieldDefinition TypeName { get; }

    public FieldDefinition? SchemaField { get; }

    public FieldDefinition? TypeField { get; }

    public static IntrospectionFields For(Schema schema) => Cache.GetValue(schema, s => new IntrospectionFields(s));

    /// <summary>An introspection type (<c>__Type</c>, <c>__TypeKind</c>, …) by name.</summary>
    public INamedType? GetType(string name) => null;

    /// <summary>The definition of <paramref name="fieldName"/> on <paramref name="parentType"/>, meta fields included (graphql-js <c>getFieldDef</c>).</summary>
    public static FieldDefinition? GetFieldDef(Schema schema, ICompositeType parentType, string fieldName)
    {
        switch (fieldName)
        {
            case "__schema" when ReferenceEquals(schema.QueryType, parentType):
                return For(schema).SchemaField;
            case "__type" when ReferenceEquals(schema.QueryType, parentType):
                return For(schema).TypeField;
            case "__typename":
                return For(schema).TypeName;
        }

        return parentType is IFieldsContainer container ? container.Fields.GetValueOrDefault(fieldName) : null;
    }

    private static INamedType? GetType(Schema schema, string name) => schema.GetType(name);
}

using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// graphql-js getFieldDef: the field definition for a name on a type, including the introspection meta-fields.
/// <c>__typename</c> is answered by the executor itself; <c>__schema</c> and <c>__type</c> come from
/// <c>Headless.GraphQL.Introspection</c> through <see cref="SchemaField"/> and <see cref="TypeField"/>.
/// </summary>
public static class MetaFields
{
    /// <summary>The <c>__schema: __Schema!</c> field of the query root; null until introspection is wired in.</summary>
    public static Func<Schema, FieldDefinition?> SchemaField { get; set; } = static _ => null;

    /// <summary>The <c>__type(name: String!): __Type</c> field of the query root; null until introspection is wired in.</summary>
    public static Func<Schema, FieldDefinition?> TypeField { get; set; } = static _ => null;

    public static FieldDefinition? GetFieldDefinition(Schema schema, ObjectType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_' && ReferenceEquals(parentType, schema.QueryType))
        {
            if (fieldName == "__schema")
            {
                return SchemaField(schema);
            }

            if (fieldName == "__type")
            {
                return TypeField(schema);
            }
        }

        return parentType.Fields.GetValueOrDefault(fieldName);
    }
}

using Headless.GraphQL.Introspection;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// graphql-js getFieldDef: the field definition for a name on a type, including the introspection meta-fields
/// <c>__schema</c> and <c>__type</c> on the query root (<c>__typename</c> is answered by the executor itself).
/// </summary>
internal static class MetaFields
{
    public static FieldDefinition? GetFieldDefinition(Schema schema, ObjectType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_' && ReferenceEquals(parentType, schema.QueryType))
        {
            if (fieldName == "__schema")
            {
                return IntrospectionTypes.SchemaMetaField;
            }

            if (fieldName == "__type")
            {
                return IntrospectionTypes.TypeMetaField;
            }
        }

        return parentType.Fields.GetValueOrDefault(fieldName);
    }
}

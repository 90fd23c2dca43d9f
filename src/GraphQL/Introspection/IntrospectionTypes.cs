using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Introspection;

/// <summary>
/// The introspection types (spec §4.2) exactly as graphql-js 16.15 defines them, with resolvers over our schema
/// model: <c>__Schema</c> reads a <see cref="Types.Schema"/>, <c>__Type</c> any <see cref="IGraphQLType"/>,
/// <c>__Field</c> a <see cref="FieldDefinition"/>, <c>__InputValue</c> an <see cref="InputValueDefinition"/>,
/// <c>__EnumValue</c> an <see cref="EnumValueDefinition"/> and <c>__Directive</c> a <see cref="DirectiveDefinition"/>.
/// Every <see cref="Types.Schema"/> adds them to its type map; the executor answers the meta-fields with
/// <see cref="SchemaMetaField"/>, <see cref="TypeMetaField"/> and <see cref="TypeNameMetaField"/>.
/// </summary>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        TypeKind = new EnumType("__TypeKind", new (string Name, string Description)[]
        {
            ("SCALAR", "Indicates this type is a scalar."),
            ("OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            ("INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            ("UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            ("ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            ("INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            ("LIST", "Indicates this type is a list. `ofType` is a valid field."),
            ("NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
        }.Select(v => new EnumValueDefinition(v.Name, v.Name) { Description = v.Description }))
        {
            Description = "An enum describing what kind of type a given `__Type` is.",
        };

        DirectiveLocation = new EnumType("__DirectiveLocation", DirectiveLocationDescriptions().Select(
            v => new EnumValueDefinition(v.Location.ToString(), v.Location) { Description = v.Description }))
        {
            Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        };

        Schema = new ObjectType("__Schema")
        {
            Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        };
        Type = new ObjectType("__Type")
        {
            Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        };
        Field = new ObjectType("__Field")
        {
            Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        };
        InputValue = new ObjectType("__InputValue")
        {
            Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        };
        EnumValue = new ObjectType("__EnumValue")
        {
            Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        };
        Directive = new ObjectType("__Directive")
        {
            Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        };

        IntrospectionFields.Attach();

        SchemaMetaField = new FieldDefinition("__schema", new NonNullType(Schema))
        {
            Description = "Access the current type schema of this server.",
            Resolve = context => new ValueTask<object?>(context.Schema),
        };
        TypeMetaField = new FieldDefinition("__type", Type)
        {
            Description = "Request the type information of a single type.",
            Arguments = [new InputValueDefinition("name", new NonNullType(BuiltInScalars.String))],
            Resolve = context => new ValueTask<object?>(context.Arguments.GetValueOrDefault("name") is string name ? context.Schema.GetType(name) : null),
        };
        TypeNameMetaField = new FieldDefinition("__typename", new NonNullType(BuiltInScalars.String))
        {
            Description = "The name of the current Object type at runtime.",
            Resolve = context => new ValueTask<object?>(context.ParentType.Name),
        };

        All = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];
    }

    public static ObjectType Schema { get; }

    public static ObjectType Directive { get; }

    public static EnumType DirectiveLocation { get; }

    public static ObjectType Type { get; }

    public static ObjectType Field { get; }

    public static ObjectType InputValue { get; }

    public static ObjectType EnumValue { get; }

    public static EnumType TypeKind { get; }

    /// <summary>In graphql-js's order (the order of its <c>introspectionTypes</c>).</summary>
    public static IReadOnlyList<INamedType> All { get; }

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static FieldDefinition SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static FieldDefinition TypeMetaField { get; }

    /// <summary><c>__typename: String!</c>, available on every object, interface and union selection.</summary>
    public static FieldDefinition TypeNameMetaField { get; }

    public static INamedType? Find(string name) => name switch
    {
        "__Schema" => Schema,
        "__Directive" => Directive,
        "__DirectiveLocation" => DirectiveLocation,
        "__Type" => Type,
        "__Field" => Field,
        "__InputValue" => InputValue,
        "__EnumValue" => EnumValue,
        "__TypeKind" => TypeKind,
        _ => null,
    };

    public static bool IsIntrospectionType(INamedType type) => Find(type.Name) is { } found && ReferenceEquals(found, type);

    /// <summary>The meta-field of <paramref name="name"/> a selection on <paramref name="parentType"/> may use, if any (graphql-js getFieldDef).</summary>
    public static FieldDefinition? FindMetaField(Types.Schema schema, INamedType parentType, string name) => name switch
    {
        "__schema" when ReferenceEquals(parentType, schema.QueryType) => SchemaMetaField,
        "__type" when ReferenceEquals(parentType, schema.QueryType) => TypeMetaField,
        "__typename" when parentType is ICompositeType => TypeNameMetaField,
        _ => null,
    };

    private static IEnumerable<(Types.DirectiveLocation Location, string Description)> DirectiveLocationDescriptions()
    {
        yield return (Types.DirectiveLocation.QUERY, "Location adjacent to a query operation.");
        yield return (Types.DirectiveLocation.MUTATION, "Location adjacent to a mutation operation.");
        yield return (Types.DirectiveLocation.SUBSCRIPTION, "Location adjacent to a subscription operation.");
        yield return (Types.DirectiveLocation.FIELD, "Location adjacent to a field.");
        yield return (Types.DirectiveLocation.FRAGMENT_DEFINITION, "Location adjacent to a fragment definition.");
        yield return (Types.DirectiveLocation.FRAGMENT_SPREAD, "Location adjacent to a fragment spread.");
        yield return (Types.DirectiveLocation.INLINE_FRAGMENT, "Location adjacent to an inline fragment.");
        yield return (Types.DirectiveLocation.VARIABLE_DEFINITION, "Location adjacent to a variable definition.");
        yield return (Types.DirectiveLocation.SCHEMA, "Location adjacent to a schema definition.");
        yield return (Types.DirectiveLocation.SCALAR, "Location adjacent to a scalar definition.");
        yield return (Types.DirectiveLocation.OBJECT, "Location adjacent to an object type definition.");
        yield return (Types.DirectiveLocation.FIELD_DEFINITION, "Location adjacent to a field definition.");
        yield return (Types.DirectiveLocation.ARGUMENT_DEFINITION, "Location adjacent to an argument definition.");
        yield return (Types.DirectiveLocation.INTERFACE, "Location adjacent to an interface definition.");
        yield return (Types.DirectiveLocation.UNION, "Location adjacent to a union definition.");
        yield return (Types.DirectiveLocation.ENUM, "Location adjacent to an enum definition.");
        yield return (Types.DirectiveLocation.ENUM_VALUE, "Location adjacent to an enum value definition.");
        yield return (Types.DirectiveLocation.INPUT_OBJECT, "Location adjacent to an input object type definition.");
        yield return (Types.DirectiveLocation.INPUT_FIELD_DEFINITION, "Location adjacent to an input object field definition.");
        yield return (Types.DirectiveLocation.DIRECTIVE_DEFINITION, "Location adjacent to a directive definition.");
    }
}

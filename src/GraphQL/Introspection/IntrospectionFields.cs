using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Introspection;

/// <summary>The fields of the introspection object types and their resolvers (graphql-js <c>type/introspection.ts</c>).</summary>
internal static class IntrospectionFields
{
    private static readonly ScalarType StringType = BuiltInScalars.String;
    private static readonly NonNullType NonNullString = new(BuiltInScalars.String);
    private static readonly NonNullType NonNullBoolean = new(BuiltInScalars.Boolean);

    public static void Attach()
    {
        IntrospectionTypes.Schema.SetFields(
        [
            Field<Types.Schema>("description", StringType, s => s.Description),
            Field<Types.Schema>("types", List(IntrospectionTypes.Type), s => s.TypeMap.Values, "A list of all types supported by this server."),
            Field<Types.Schema>("queryType", new NonNullType(IntrospectionTypes.Type), s => s.QueryType, "The type that query operations will be rooted at."),
            Field<Types.Schema>("mutationType", IntrospectionTypes.Type, s => s.MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."),
            Field<Types.Schema>("subscriptionType", IntrospectionTypes.Type, s => s.SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."),
            Field<Types.Schema>(
                "directives",
                List(IntrospectionTypes.Directive),
                (s, c) => IncludeDeprecated(c) ? s.Directives : s.Directives.Where(d => d.DeprecationReason is null),
                "A list of all directives supported by this server.",
                IncludeDeprecatedArgument(NonNullBoolean)),
        ]);

        IntrospectionTypes.Directive.SetFields(
        [
            Field<DirectiveDefinition>("name", NonNullString, d => d.Name),
            Field<DirectiveDefinition>("description", StringType, d => d.Description),
            Field<DirectiveDefinition>("isRepeatable", NonNullBoolean, d => d.IsRepeatable),
            Field<DirectiveDefinition>("locations", List(IntrospectionTypes.DirectiveLocation), d => d.Locations.Cast<object?>()),
            Field<DirectiveDefinition>("args", List(IntrospectionTypes.InputValue), (d, c) => Arguments(d.Arguments, c), argument: IncludeDeprecatedArgument(BuiltInScalars.Boolean)),
            Field<DirectiveDefinition>("isDeprecated", NonNullBoolean, d => d.DeprecationReason is not null),
            Field<DirectiveDefinition>("deprecationReason", StringType, d => d.DeprecationReason),
        ]);

        IntrospectionTypes.Type.SetFields(
        [
            Field<IGraphQLType>("kind", new NonNullType(IntrospectionTypes.TypeKind), KindOf),
            Field<IGraphQLType>("name", StringType, t => (t as INamedType)?.Name),
            Field<IGraphQLType>("description", StringType, t => (t as INamedType)?.Description),
            Field<IGraphQLType>("specifiedByURL", StringType, t => (t as ScalarType)?.SpecifiedByUrl),
            Field<IGraphQLType>(
                "fields",
                new ListType(new NonNullType(IntrospectionTypes.Field)),
                (t, c) => t is IFieldsContainer container
                    ? container.Fields.Values.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null)
                    : null,
                argument: IncludeDeprecatedArgument(BuiltInScalars.Boolean)),
            Field<IGraphQLType>("interfaces", new ListType(new NonNullType(IntrospectionTypes.Type)), t => (t as IFieldsContainer)?.Interfaces),
            Field<IGraphQLType>("possibleTypes", new ListType(new NonNullType(IntrospectionTypes.Type)), (t, c) => t is IAbstractType a ? c.Schema.GetPossibleTypes(a) : null),
            Field<IGraphQLType>(
                "enumValues",
                new ListType(new NonNullType(IntrospectionTypes.EnumValue)),
                (t, c) => t is EnumType e ? e.Values.Where(v => IncludeDeprecated(c) || v.DeprecationReason is null) : null,
                argument: IncludeDeprecatedArgument(BuiltInScalars.Boolean)),
            Field<IGraphQLType>(
                "inputFields",
                new ListType(new NonNullType(IntrospectionTypes.InputValue)),
                (t, c) => t is InputObjectType i ? Arguments(i.Fields.Values, c) : null,
                argument: IncludeDeprecatedArgument(BuiltInScalars.Boolean)),
            Field<IGraphQLType>("ofType", IntrospectionTypes.Type, t => t switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
            Field<IGraphQLType>("isOneOf", BuiltInScalars.Boolean, t => t is InputObjectType i ? i.IsOneOf : null),
        ]);

        IntrospectionTypes.Field.SetFields(
        [
            Field<FieldDefinition>("name", NonNullString, f => f.Name),
            Field<FieldDefinition>("description", StringType, f => f.Description),
            Field<FieldDefinition>("args", List(IntrospectionTypes.InputValue), (f, c) => Arguments(f.Arguments, c), argument: IncludeDeprecatedArgument(BuiltInScalars.Boolean)),
            Field<FieldDefinition>("type", new NonNullType(IntrospectionTypes.Type), f => f.Type),
            Field<FieldDefinition>("isDeprecated", NonNullBoolean, f => f.DeprecationReason is not null),
            Field<FieldDefinition>("deprecationReason", StringType, f => f.DeprecationReason),
        ]);

        IntrospectionTypes.InputValue.SetFields(
        [
            Field<InputValueDefinition>("name", NonNullString, v => v.Name),
            Field<InputValueDefinition>("description", StringType, v => v.Description),
            Field<InputValueDefinition>("type", new NonNullType(IntrospectionTypes.Type), v => v.Type),
            Field<InputValueDefinition>(
                "defaultValue",
                StringType,
                v => v.HasDefaultValue && AstFromValue.Convert(v.DefaultValue, v.Type) is { } literal ? Printer.Print(literal) : null,
                "A GraphQL-formatted string representing the default value for this input value."),
            Field<InputValueDefinition>("isDeprecated", NonNullBoolean, v => v.DeprecationReason is not null),
            Field<InputValueDefinition>("deprecationReason", StringType, v => v.DeprecationReason),
        ]);

        IntrospectionTypes.EnumValue.SetFields(
        [
            Field<EnumValueDefinition>("name", NonNullString, v => v.Name),
            Field<EnumValueDefinition>("description", StringType, v => v.Description),
            Field<EnumValueDefinition>("isDeprecated", NonNullBoolean, v => v.DeprecationReason is not null),
            Field<EnumValueDefinition>("deprecationReason", StringType, v => v.DeprecationReason),
        ]);
    }

    private static string KindOf(IGraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        NonNullType => "NON_NULL",
        _ => throw new InvalidOperationException("Unknown kind of type: " + type),
    };

    private static IEnumerable<InputValueDefinition> Arguments(IEnumerable<InputValueDefinition> values, IResolveFieldContext context) =>
        IncludeDeprecated(context) ? values : values.Where(v => v.DeprecationReason is null);

    private static bool IncludeDeprecated(IResolveFieldContext context) => context.Arguments.GetValueOrDefault("includeDeprecated") is true;

    private static InputValueDefinition IncludeDeprecatedArgument(IGraphQLType type) =>
        new("includeDeprecated", type) { DefaultValueLiteral = new BooleanValueNode(false) };

    private static NonNullType List(IGraphQLType itemType) => new(new ListType(new NonNullType(itemType)));

    private static FieldDefinition Field<TSource>(string name, IGraphQLType type, Func<TSource, object?> resolve, string? description = null) =>
        new(name, type)
        {
            Description = description,
            Resolve = context => new ValueTask<object?>(resolve((TSource)context.Source!)),
        };

    private static FieldDefinition Field<TSource>(
        string name,
        IGraphQLType type,
        Func<TSource, IResolveFieldContext, object?> resolve,
        string? description = null,
        InputValueDefinition? argument = null) =>
        new(name, type)
        {
            Description = description,
            Arguments = argument is null ? [] : [argument],
            Resolve = context => new ValueTask<object?>(resolve((TSource)context.Source!, context)),
        };
}

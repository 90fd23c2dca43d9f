using Headless.GraphQL.Introspection;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL, byte for byte as graphql-js 16 <c>printSchema</c> / <c>printIntrospectionSchema</c> do.
/// <see cref="PrintWithAppliedDirectives"/> also prints the directives written on schema elements (graphql-js's
/// printSchema drops them, and introspection cannot carry them), each where graphql-js's <c>print</c> puts it.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The schema's own directives and types: built-in scalars, directives and introspection types left out.</summary>
    public static string Print(Schema schema) => PrintFiltered(
        schema,
        directive => !BuiltInDirectives.IsBuiltIn(directive.Name),
        type => !(type is ScalarType && BuiltInScalars.IsBuiltIn(type.Name)) && !IntrospectionTypes.IsIntrospectionType(type),
        applied: false);

    /// <summary>
    /// As <see cref="Print"/>, with the schema's own directives where they are applied (e.g. <c>@cost</c>,
    /// <c>@listSize</c>): the only way a client can learn them, so the served SDL is printed this way.
    /// </summary>
    public static string PrintWithAppliedDirectives(Schema schema) => PrintFiltered(
        schema,
        directive => !BuiltInDirectives.IsBuiltIn(directive.Name),
        type => !(type is ScalarType && BuiltInScalars.IsBuiltIn(type.Name)) && !IntrospectionTypes.IsIntrospectionType(type),
        applied: true);

    /// <summary>Only the built-in directives and the introspection types.</summary>
    public static string PrintIntrospectionSchema(Schema schema) => PrintFiltered(
        schema,
        directive => BuiltInDirectives.IsBuiltIn(directive.Name),
        IntrospectionTypes.IsIntrospectionType,
        applied: false);

    public static string PrintType(INamedType type) => PrintType(type, applied: false);

    private static string PrintType(INamedType type, bool applied) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar.SpecifiedByUrl) + Applied(scalar.AppliedDirectives, applied),
        ObjectType objectType => Description(objectType.Description) + "type " + objectType.Name + Implements(objectType.Interfaces) + Applied(objectType.AppliedDirectives, applied) + Fields(objectType.Fields.Values, applied),
        InterfaceType interfaceType => Description(interfaceType.Description) + "interface " + interfaceType.Name + Implements(interfaceType.Interfaces) + Applied(interfaceType.AppliedDirectives, applied) + Fields(interfaceType.Fields.Values, applied),
        UnionType union => Description(union.Description) + "union " + union.Name + Applied(union.AppliedDirectives, applied) + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Applied(enumType.AppliedDirectives, applied) + Block(enumType.Values.Select(
            (value, i) => Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason) + Applied(value.AppliedDirectives, applied))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") + Applied(input.AppliedDirectives, applied) + Block(input.Fields.Values.Select(
            (field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field, applied))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown kind of type."),
    };

    public static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description)
        + "directive @" + directive.Name
        + Arguments(directive.Arguments)
        + Deprecated(directive.DeprecationReason)
        + (directive.IsRepeatable ? " repeatable" : "")
        + " on " + string.Join(" | ", directive.Locations);

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<INamedType, bool> typeFilter, bool applied)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema, applied) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.TypeMap.Values.Where(typeFilter).Select(type => PrintType(type, applied)));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    private static string? SchemaDefinition(Schema schema, bool applied)
    {
        var directives = Applied(schema.AppliedDirectives, applied);
        if (schema.Description is null && HasCommonRootNames(schema) && directives.Length == 0)
        {
            return null;
        }

        var lines = new List<string>();
        if (schema.QueryType is { } query)
        {
            lines.Add("  query: " + query.Name);
        }

        if (schema.MutationType is { } mutation)
        {
            lines.Add("  mutation: " + mutation.Name);
        }

        if (schema.SubscriptionType is { } subscription)
        {
            lines.Add("  subscription: " + subscription.Name);
        }

        return Description(schema.Description) + "schema" + directives + " {\n" + string.Join("\n", lines) + "\n}";
    }

    private static bool HasCommonRootNames(Schema schema) =>
        schema.QueryType is null or { Name: "Query" }
        && schema.MutationType is null or { Name: "Mutation" }
        && schema.SubscriptionType is null or { Name: "Subscription" };

    private static string Implements(IReadOnlyList<InterfaceType> interfaces) =>
        interfaces.Count > 0 ? " implements " + string.Join(" & ", interfaces.Select(i => i.Name)) : "";

    private static string Fields(IEnumerable<FieldDefinition> fields, bool applied) => Block(fields.Select(
        (field, i) => Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ", applied) + ": " + field.Type
            + Deprecated(field.DeprecationReason) + Applied(field.AppliedDirectives, applied)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "", bool applied = false)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(a => InputValue(a, applied))) + ")";
        }

        return "(\n"
            + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a, applied)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value, bool applied)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal)
        {
            declaration += " = " + Printer.Print(literal);
        }

        return declaration + Deprecated(value.DeprecationReason) + Applied(value.AppliedDirectives, applied);
    }

    /// <summary>
    /// The schema's own directives on an element, as written (built-in ones have their own places in the output),
    /// or nothing when they are not printed.
    /// </summary>
    private static string Applied(IReadOnlyList<AppliedDirective> directives, bool applied)
    {
        if (!applied || directives.Count == 0)
        {
            return "";
        }

        var printed = directives
            .Where(d => !BuiltInDirectives.IsBuiltIn(d.Name))
            .Where(d => d.Syntax is not null)
            .Select(d => Printer.Print(d.Syntax!))
            .ToList();
        return printed.Count == 0 ? "" : " " + string.Join(" ", printed);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.Print(new StringValueNode(reason, false)) + ")",
    };

    private static string SpecifiedBy(string? url) =>
        url is null ? "" : " @specifiedBy(url: " + Printer.Print(new StringValueNode(url, false)) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var printed = Printer.Print(new StringValueNode(description, BlockString.IsPrintableAsBlockString(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}

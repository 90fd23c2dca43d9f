using Headless.GraphQL.Introspection;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>Prints a schema as SDL, byte for byte as graphql-js 16 <c>printSchema</c> / <c>printIntrospectionSchema</c> do.</summary>
public static class SchemaPrinter
{
    /// <summary>The schema's own directives and types: built-in scalars, directives and introspection types left out.</summary>
    public static string Print(Schema schema) => PrintFiltered(
        schema,
        directive => !BuiltInDirectives.IsBuiltIn(directive.Name),
        type => !(type is ScalarType && BuiltInScalars.IsBuiltIn(type.Name)) && !IntrospectionTypes.IsIntrospectionType(type));

    /// <summary>Only the built-in directives and the introspection types.</summary>
    public static string PrintIntrospectionSchema(Schema schema) => PrintFiltered(
        schema,
        directive => BuiltInDirectives.IsBuiltIn(directive.Name),
        IntrospectionTypes.IsIntrospectionType);

    public static string PrintType(INamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar.SpecifiedByUrl),
        ObjectType objectType => Description(objectType.Description) + "type " + objectType.Name + Implements(objectType.Interfaces) + Fields(objectType.Fields.Values),
        InterfaceType interfaceType => Description(interfaceType.Description) + "interface " + interfaceType.Name + Implements(interfaceType.Interfaces) + Fields(interfaceType.Fields.Values),
        UnionType union => Description(union.Description) + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select(
            (value, i) => Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") + Block(input.Fields.Values.Select(
            (field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown kind of type."),
    };

    public static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description)
        + "directive @" + directive.Name
        + Arguments(directive.Arguments)
        + Deprecated(directive.DeprecationReason)
        + (directive.IsRepeatable ? " repeatable" : "")
        + " on " + string.Join(" | ", directive.Locations);

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<INamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.TypeMap.Values.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    private static string? SchemaDefinition(Schema schema)
    {
        if (schema.Description is null && HasCommonRootNames(schema))
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

        return Description(schema.Description) + "schema {\n" + string.Join("\n", lines) + "\n}";
    }

    private static bool HasCommonRootNames(Schema schema) =>
        schema.QueryType is null or { Name: "Query" }
        && schema.MutationType is null or { Name: "Mutation" }
        && schema.SubscriptionType is null or { Name: "Subscription" };

    private static string Implements(IReadOnlyList<InterfaceType> interfaces) =>
        interfaces.Count > 0 ? " implements " + string.Join(" & ", interfaces.Select(i => i.Name)) : "";

    private static string Fields(IEnumerable<FieldDefinition> fields) => Block(fields.Select(
        (field, i) => Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ") + ": " + field.Type + Deprecated(field.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n"
            + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal)
        {
            declaration += " = " + Printer.Print(literal);
        }

        return declaration + Deprecated(value.DeprecationReason);
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

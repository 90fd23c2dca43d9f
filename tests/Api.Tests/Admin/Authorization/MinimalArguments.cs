using Headless.GraphQL.Types;

namespace Headless.Api.Tests.Admin.Authorization;

/// <summary>
/// Builds, from the schema alone, a call of a root field with the smallest arguments of the right shape: every
/// required argument and input field gets a literal of its type, optional ones are left out. The values mean nothing
/// (random IDs); they only have to pass validation, so that the field's access rule is what answers.
/// </summary>
internal static class MinimalArguments
{
    public static string Document(string operation, FieldDefinition field) => $"{operation} {{ {Call(field)} }}";

    /// <summary>The field with its minimal arguments and selection, to put in a document beside others.</summary>
    public static string Call(FieldDefinition field)
    {
        var arguments = field.Arguments.Where(Required).Select(a => $"{a.Name}: {Literal(a.Type)}").ToList();
        var call = arguments.Count == 0 ? field.Name : $"{field.Name}({string.Join(", ", arguments)})";
        return call + Selection(field.Type);
    }

    private static bool Required(InputValueDefinition value) => value.Type is NonNullType && !value.HasDefaultValue;

    private static string Selection(IGraphQLType type) => type switch
    {
        NonNullType nonNull => Selection(nonNull.OfType),
        ListType list => Selection(list.OfType),
        ObjectType or InterfaceType or UnionType => " { __typename }",
        _ => "",
    };

    private static string Literal(IGraphQLType type) => type switch
    {
        NonNullType nonNull => Literal(nonNull.OfType),
        ListType list => $"[{Literal(list.OfType)}]",
        EnumType enumType => enumType.Values[0].Name,
        InputObjectType input when input.IsOneOf => $"{{ {input.Fields.Values.First().Name}: {Literal(input.Fields.Values.First().Type)} }}",
        InputObjectType input => "{ " + string.Join(", ", input.Fields.Values.Where(Required).Select(f => $"{f.Name}: {Literal(f.Type)}")) + " }",
        ScalarType scalar => Scalar(scalar.Name),
        _ => throw new InvalidOperationException($"No minimal literal for {type}."),
    };

    private static string Scalar(string name) => name switch
    {
        "ID" => Quoted(Guid.NewGuid().ToString()),
        "String" => Quoted("x"),
        "Int" => "1",
        "Float" => "1.5",
        "Boolean" => "false",
        "DateTime" => Quoted("2026-01-01T00:00:00Z"),
        "Decimal" => Quoted("1.00"),
        _ => throw new InvalidOperationException($"The admin schema has a new scalar {name}: teach {nameof(MinimalArguments)} a literal of it."),
    };

    // The literals above hold no quote or backslash, so none needs escaping.
    private static string Quoted(string text) => $"\"{text}\"";
}

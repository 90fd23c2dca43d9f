using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>An enum type: serializes internal values to names and parses names back (spec §3.9).</summary>
public sealed class EnumType : ILeafType
{
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);

    public EnumType(string name, IEnumerable<EnumValueDefinition> values)
    {
        Name = name;
        foreach (var value in values)
        {
            _byName.Add(value.Name, value);
        }

        Values = [.. _byName.Values];
    }

    public string Name { get; }

    public string? Description { get; set; }

    public IReadOnlyList<EnumValueDefinition> Values { get; }

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; set; } = [];

    public EnumTypeDefinitionNode? AstNode { get; set; }

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    public object? Serialize(object? value)
    {
        foreach (var definition in Values)
        {
            if (Equals(definition.Value, value))
            {
                return definition.Name;
            }
        }

        // A resolver may return the GraphQL name itself (for example from a string column).
        if (value is string text && _byName.ContainsKey(text))
        {
            return text;
        }

        throw new ValueCoercionException($"Enum \"{Name}\" cannot represent value: {Describe(value)}");
    }

    public object? ParseValue(object? value)
    {
        if (value is string text && _byName.TryGetValue(text, out var definition))
        {
            return definition.Value;
        }

        throw new ValueCoercionException(value is string other
            ? $"Value \"{other}\" does not exist in \"{Name}\" enum."
            : $"Enum \"{Name}\" cannot represent non-string value: {Describe(value)}.");
    }

    public object? ParseLiteral(IValueNode literal)
    {
        if (literal is EnumValueNode enumValue && _byName.TryGetValue(enumValue.Value, out var definition))
        {
            return definition.Value;
        }

        throw new ValueCoercionException(literal is EnumValueNode unknown
            ? $"Value \"{unknown.Value}\" does not exist in \"{Name}\" enum."
            : $"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(literal)}.");
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };

    public override string ToString() => Name;
}

using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>An input object type (spec §3.10), optionally <c>@oneOf</c>.</summary>
public sealed class InputObjectType(string name) : INamedType, IInputType
{
    private Dictionary<string, InputValueDefinition> _fields = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public string? Description { get; set; }

    public IReadOnlyDictionary<string, InputValueDefinition> Fields => _fields;

    /// <summary>Exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; set; }

    /// <summary>
    /// The record bound with <see cref="SchemaBuilder.BindInput{T}"/>: checked against the fields when the schema is
    /// built, and what resolvers receive for this type (coerced values themselves stay dictionaries).
    /// </summary>
    public Type? ClrType { get; set; }

    /// <summary>Creates a <see cref="ClrType"/> from a coerced value; set with it when the schema is built.</summary>
    internal Func<IReadOnlyDictionary<string, object?>, object>? CreateClrValue { get; set; }

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; set; } = [];

    public InputObjectTypeDefinitionNode? AstNode { get; set; }

    public IReadOnlyList<InputObjectTypeExtensionNode> ExtensionAstNodes { get; set; } = [];

    public void SetFields(IEnumerable<InputValueDefinition> fields) => _fields = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public override string ToString() => Name;
}

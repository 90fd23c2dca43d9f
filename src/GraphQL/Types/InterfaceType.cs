using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>An interface type (spec §3.7), which may itself implement interfaces.</summary>
public sealed class InterfaceType(string name) : IFieldsContainer, IAbstractType
{
    private Dictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public string? Description { get; set; }

    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces { get; set; } = [];

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; set; } = [];

    public InterfaceTypeDefinitionNode? AstNode { get; set; }

    public IReadOnlyList<InterfaceTypeExtensionNode> ExtensionAstNodes { get; set; } = [];

    public TypeResolver? ResolveType { get; set; }

    public void SetFields(IEnumerable<FieldDefinition> fields) => _fields = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public override string ToString() => Name;
}

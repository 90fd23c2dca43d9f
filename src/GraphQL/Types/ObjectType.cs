using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>An object type (spec §3.6). Fields are attached by the schema builder once every type exists, because types refer to each other.</summary>
public sealed class ObjectType(string name) : IFieldsContainer
{
    private Dictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public string? Description { get; set; }

    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces { get; set; } = [];

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; set; } = [];

    public ObjectTypeDefinitionNode? AstNode { get; set; }

    public IReadOnlyList<ObjectTypeExtensionNode> ExtensionAstNodes { get; set; } = [];

    /// <summary>Optional check used to resolve abstract types when no <see cref="IAbstractType.ResolveType"/> is given.</summary>
    public Func<object, bool>? IsTypeOf { get; set; }

    /// <summary>The CLR type whose instances are values of this object type, when known; used by the default type resolver.</summary>
    public Type? ClrType { get; set; }

    public void SetFields(IEnumerable<FieldDefinition> fields) => _fields = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public override string ToString() => Name;
}

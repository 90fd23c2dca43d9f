using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>A union of object types (spec §3.8).</summary>
public sealed class UnionType(string name) : IAbstractType
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    public IReadOnlyList<ObjectType> Types { get; set; } = [];

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; set; } = [];

    public UnionTypeDefinitionNode? AstNode { get; set; }

    public IReadOnlyList<UnionTypeExtensionNode> ExtensionAstNodes { get; set; } = [];

    public TypeResolver? ResolveType { get; set; }

    public override string ToString() => Name;
}

using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>One value of an enum: its name in GraphQL and the CLR value resolvers see.</summary>
public sealed class EnumValueDefinition(string name, object? value)
{
    public string Name { get; } = name;

    /// <summary>The internal value: a CLR enum member when the enum is bound to one, otherwise the name.</summary>
    public object? Value { get; set; } = value;

    public string? Description { get; init; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; set; } = [];

    public EnumValueDefinitionNode? AstNode { get; init; }
}

using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinition
{
    private object? _defaultValue;
    private bool _defaultValueCoerced;

    public InputValueDefinition(string name, IGraphQLType type)
    {
        // Not checked here: the schema validator reports output types in input positions with graphql-js's message.
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public IGraphQLType Type { get; }

    public string? Description { get; init; }

    /// <summary>The default as written in SDL; null when there is none.</summary>
    public IValueNode? DefaultValueLiteral { get; init; }

    public bool HasDefaultValue => DefaultValueLiteral is not null;

    /// <summary>
    /// The default coerced to its internal value (graphql-js <c>defaultValue</c>); <see cref="AstFromValue.Undefined"/>
    /// when there is none or it is not valid for the type. Computed on first use, once every type is complete.
    /// </summary>
    public object? DefaultValue
    {
        get
        {
            if (!_defaultValueCoerced)
            {
                _defaultValue = DefaultValueLiteral is not null && LiteralValues.TryCoerce(DefaultValueLiteral, Type, out var value) ? value : AstFromValue.Undefined;
                _defaultValueCoerced = true;
            }

            return _defaultValue;
        }
    }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = [];

    public InputValueDefinitionNode? AstNode { get; init; }

    public override string ToString() => $"{Name}: {Type}";
}

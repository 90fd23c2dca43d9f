using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinition
{
    // Boxed so that a reader on another thread sees either nothing or the finished value.
    private StrongBoxed? _defaultValue;

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
            var coerced = Volatile.Read(ref _defaultValue);
            if (coerced is null)
            {
                coerced = new StrongBoxed(DefaultValueLiteral is not null && InputCoercion.ValueFromAst(DefaultValueLiteral, Type, null, out var value)
                    ? value
                    : AstFromValue.Undefined);
                Volatile.Write(ref _defaultValue, coerced);
            }

            return coerced.Value;
        }
    }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = [];

    public InputValueDefinitionNode? AstNode { get; init; }

    public override string ToString() => $"{Name}: {Type}";

    private sealed record StrongBoxed(object? Value);
}

using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>
/// A scalar with its three coercions (spec §3.5): result values (<see cref="Serialize"/>),
/// variable values (<see cref="ParseValue"/>) and literals in documents (<see cref="ParseLiteral"/>).
/// Each throws <see cref="ValueCoercionException"/> with a message fit for the client.
/// </summary>
public class ScalarType : ILeafType
{
    private readonly Func<object?, object?> _serialize;
    private readonly Func<object?, object?> _parseValue;
    private readonly Func<IValueNode, object?> _parseLiteral;

    public ScalarType(
        string name,
        Func<object?, object?> serialize,
        Func<object?, object?> parseValue,
        Func<IValueNode, object?> parseLiteral)
    {
        Name = name;
        _serialize = serialize;
        _parseValue = parseValue;
        _parseLiteral = parseLiteral;
    }

    public string Name { get; }

    public string? Description { get; set; }

    public string? SpecifiedByUrl { get; set; }

    /// <summary>
    /// The CLR type <see cref="ParseValue"/> and <see cref="ParseLiteral"/> produce; a resolver parameter or record
    /// member bound to this scalar must have it (or be <see cref="object"/>). Null: only <see cref="object"/> binds.
    /// </summary>
    public Type? ClrType { get; init; }

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; set; } = [];

    public ScalarTypeDefinitionNode? AstNode { get; set; }

    public object? Serialize(object? value) => _serialize(value);

    public object? ParseValue(object? value) => _parseValue(value);

    /// <summary>Coerces a literal that contains no variables (the executor substitutes them first).</summary>
    public object? ParseLiteral(IValueNode literal) => _parseLiteral(literal);

    public override string ToString() => Name;
}

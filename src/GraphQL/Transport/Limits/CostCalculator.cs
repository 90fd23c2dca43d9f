using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// Computes an operation's cost, bottom-up: a field costs its weight plus its children's cost, times the number of
/// items it may return. Weights come from <c>@cost(weight:)</c> on the field, else on the object type it returns,
/// else 1 for fields returning objects, interfaces or unions and 0 for scalars and enums (reading a property is
/// free; producing an object is what costs, as in IBM's GraphQL cost directive specification).
/// <para>
/// The number of items comes from the field's <c>first</c>/<c>last</c> arguments (the larger when both are given;
/// a variable's value or default, else the argument's default, else <see cref="RequestLimits.DefaultListSize"/>).
/// On a field returning a list the page size multiplies the field itself; on a field returning an object (a
/// connection) it multiplies the lists directly under it (<c>edges</c>, <c>nodes</c>) instead, so a page is counted
/// once. A list field bounded by neither counts as <see cref="RequestLimits.DefaultListSize"/> items.
/// </para>
/// <para>
/// <c>__schema</c> and <c>__type</c> cost 1 and are not descended: their size is the schema's, not the client's
/// choice, and who may introspect is the introspection policy's business. Fragments cost what they contain wherever
/// they are spread, each measured once per page size.
/// </para>
/// </summary>
internal sealed class CostCalculator
{
    private readonly Schema _schema;
    private readonly RequestLimits _limits;
    private readonly SelectionShape _shape;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly Dictionary<string, IValueNode> _variableDefaults = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fragment, long? Page), long> _fragments = [];

    public CostCalculator(Schema schema, RequestLimits limits, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables)
    {
        _schema = schema;
        _limits = limits;
        _shape = new SelectionShape(document);
        _variables = variables ?? new Dictionary<string, object?>();
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.DefaultValue is { } defaultValue)
            {
                _variableDefaults[definition.Variable.Name.Value] = defaultValue;
            }
        }
    }

    /// <summary>The root field that costs most, for the refusal message.</summary>
    public (string? Name, long Cost) Costliest { get; private set; }

    public long OperationCost(OperationDefinitionNode operation) =>
        _schema.GetRootType(operation.Operation) is { } root ? SelectionSetCost(operation.SelectionSet, root, page: null) : 0;

    private long SelectionSetCost(SelectionSetNode selectionSet, INamedType parentType, long? page)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total = Saturating.Add(total, selection switch
            {
                FieldNode field => FieldCost(field, parentType, page),
                InlineFragmentNode inline => SelectionSetCost(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parentType, page),
                FragmentSpreadNode spread => FragmentCost(spread, page),
                _ => 0,
            });
        }

        return total;
    }

    private long FragmentCost(FragmentSpreadNode spread, long? page)
    {
        var key = (spread.Name.Value, page);
        if (_fragments.TryGetValue(key, out var known))
        {
            return known;
        }

        var fragment = _shape.Fragment(spread.Name.Value);
        var cost = fragment is not null && TypeOf(fragment.TypeCondition) is { } type ? SelectionSetCost(fragment.SelectionSet, type, page) : 0;
        _fragments[key] = cost;
        return cost;
    }

    private long FieldCost(FieldNode field, INamedType parentType, long? page)
    {
        var name = field.Name.Value;
        if (name == "__typename")
        {
            return 0;
        }

        if (name is "__schema" or "__type")
        {
            return 1;
        }

        if (parentType is not IFieldsContainer container || !container.Fields.TryGetValue(name, out var definition))
        {
            return 0;
        }

        var isList = definition.Type.GetNullableType() is ListType;
        var slice = SliceSize(field, definition);
        long multiplier = 1;
        long? childPage = null;
        if (slice is { } size)
        {
            if (isList)
            {
                multiplier = size;
            }
            else
            {
                childPage = size;
            }
        }
        else if (isList)
        {
            multiplier = page ?? _limits.DefaultListSize;
        }

        var children = field.SelectionSet is null ? 0 : SelectionSetCost(field.SelectionSet, definition.Type.GetNamedType(), childPage);
        var cost = Saturating.Multiply(multiplier, Saturating.Add(Weight(definition), children));
        if (ReferenceEquals(parentType, _schema.QueryType) || ReferenceEquals(parentType, _schema.MutationType) || ReferenceEquals(parentType, _schema.SubscriptionType))
        {
            if (cost > Costliest.Cost)
            {
                Costliest = (field.Alias?.Value ?? name, cost);
            }
        }

        return cost;
    }

    private static long Weight(FieldDefinition definition)
    {
        if (WeightOf(definition.AppliedDirectives) is { } fieldWeight)
        {
            return fieldWeight;
        }

        var type = definition.Type.GetNamedType();
        if (type is ObjectType objectType && WeightOf(objectType.AppliedDirectives) is { } typeWeight)
        {
            return typeWeight;
        }

        return type is ICompositeType ? 1 : 0;
    }

    private static long? WeightOf(IReadOnlyList<AppliedDirective> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name == CostDirective.Name
                && directive.Arguments.TryGetValue(CostDirective.WeightArgument, out var weight)
                && JsValues.TryGetNumber(weight, out var number))
            {
                return (long)Math.Max(0, number);
            }
        }

        return null;
    }

    /// <summary>The page size the field's <c>first</c>/<c>last</c> arguments ask for; null when it declares neither.</summary>
    private long? SliceSize(FieldNode field, FieldDefinition definition)
    {
        long? size = null;
        var declared = false;
        foreach (var argumentName in (ReadOnlySpan<string>)["first", "last"])
        {
            if (definition.GetArgument(argumentName) is not { } argument)
            {
                continue;
            }

            declared = true;
            var given = field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName)?.Value;
            var value = given is null ? null : LiteralNumber(given);
            if (value is null && given is null or VariableNode && JsValues.TryGetNumber(argument.DefaultValue, out var fallback))
            {
                value = fallback;
            }

            if (value is { } number)
            {
                size = Math.Max(size ?? 0, (long)Math.Clamp(number, 0, int.MaxValue));
            }
        }

        return declared ? size ?? _limits.DefaultListSize : null;
    }

    private double? LiteralNumber(IValueNode value) => value switch
    {
        IntValueNode integer when double.TryParse(integer.Value, System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
        VariableNode variable when _variables.TryGetValue(variable.Name.Value, out var provided) =>
            JsValues.TryGetNumber(JsValues.Unwrap(provided), out var number) ? number : null,
        VariableNode variable when _variableDefaults.TryGetValue(variable.Name.Value, out var defaultValue) => LiteralNumber(defaultValue),
        _ => null,
    };

    private INamedType? TypeOf(NamedTypeNode? node) => node is null ? null : _schema.GetType(node.Name.Value);
}

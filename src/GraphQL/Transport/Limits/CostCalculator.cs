using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// Computes an operation's cost, bottom-up: a field costs its weight plus its children's cost, times the number of
/// items it may return, plus the size of its input. Weights come from <c>@cost(weight:)</c> on the field, else on the
/// object type it returns, else 1 for fields returning objects, interfaces or unions and 0 for scalars and enums
/// (reading a property is free; producing an object is what costs, as in IBM's GraphQL cost directive specification).
/// <para>
/// The number of items comes from the field's <c>@listSize</c> (see <see cref="ListSizeDirective"/>): the largest
/// slicing argument given (capped at <c>slicingArgumentMaximum</c>), else <c>slicingArgumentDefaultValue</c> or the
/// argument's default, else <c>assumedSize</c>, else <see cref="RequestLimits.DefaultListSize"/>; with
/// <c>sizedFields</c> the number multiplies those child lists instead of the field. A field without <c>@listSize</c>
/// that declares <c>first</c>/<c>last</c> is read the same way, its number multiplying the field when it returns a
/// list or every list directly under it when it returns an object (a connection's <c>edges</c> and <c>nodes</c>).
/// Other list fields count <see cref="RequestLimits.DefaultListSize"/> items.
/// </para>
/// <para>
/// Input: every list entry in a field's argument values (literal or variable, at any depth) adds
/// <see cref="RequestLimits.InputListItemCost"/>, once per time the field is resolved.
/// </para>
/// <para>
/// Selections that <c>@skip</c>/<c>@include</c> leave out cost nothing. <c>__schema</c> and <c>__type</c> cost 1 and
/// are not descended: their size is the schema's, not the client's choice, and who may introspect is the
/// introspection policy's business. Fragments cost what they contain wherever they are spread, each measured once
/// per sizing.
/// </para>
/// </summary>
internal sealed class CostCalculator
{
    private static readonly string[] PageArguments = ["first", "last"];

    private readonly Schema _schema;
    private readonly RequestLimits _limits;
    private readonly SelectionShape _shape;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly InputSize _inputSize;
    private readonly Dictionary<(string Fragment, Sizing Sizing), long> _fragments = [];
    private readonly List<GraphQLError> _errors = [];

    /// <param name="variables">The operation's coerced variables.</param>
    /// <param name="sentVariables">The variables as sent, for counting the entries of their lists.</param>
    public CostCalculator(
        Schema schema,
        RequestLimits limits,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        IReadOnlyDictionary<string, object?>? sentVariables)
    {
        _schema = schema;
        _limits = limits;
        _shape = new SelectionShape(document);
        _variables = variables;
        var defaults = new Dictionary<string, IValueNode>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.DefaultValue is { } defaultValue)
            {
                defaults[definition.Variable.Name.Value] = defaultValue;
            }
        }

        _inputSize = new InputSize(sentVariables ?? new Dictionary<string, object?>(), defaults);
    }

    /// <summary>The root field that costs most, for the refusal message.</summary>
    public (string? Name, long Cost) Costliest { get; private set; }

    /// <summary>Fields whose slicing arguments break <c>requireOneSlicingArgument</c>.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    public long OperationCost(OperationDefinitionNode operation) =>
        _schema.GetRootType(operation.Operation) is { } root ? SelectionSetCost(operation.SelectionSet, root, Sizing.None) : 0;

    private long SelectionSetCost(SelectionSetNode selectionSet, INamedType parentType, Sizing sizing)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            if (!IsIncluded(selection))
            {
                continue;
            }

            total = Saturating.Add(total, selection switch
            {
                FieldNode field => FieldCost(field, parentType, sizing),
                InlineFragmentNode inline => SelectionSetCost(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parentType, sizing),
                FragmentSpreadNode spread => FragmentCost(spread, sizing),
                _ => 0,
            });
        }

        return total;
    }

    /// <summary>The spec's CollectFields test: <c>@skip(if: true)</c> or <c>@include(if: false)</c> leaves a selection out.</summary>
    private bool IsIncluded(ISelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable when _variables.TryGetValue(variable.Name.Value, out var value) => value as bool?,
                _ => null,
            };
            if ((name == "skip" && condition == true) || (name == "include" && condition == false))
            {
                return false;
            }
        }

        return true;
    }

    private long FragmentCost(FragmentSpreadNode spread, Sizing sizing)
    {
        var key = (spread.Name.Value, sizing);
        if (_fragments.TryGetValue(key, out var known))
        {
            return known;
        }

        var fragment = _shape.Fragment(spread.Name.Value);
        var cost = fragment is not null && TypeOf(fragment.TypeCondition) is { } type ? SelectionSetCost(fragment.SelectionSet, type, sizing) : 0;
        _fragments[key] = cost;
        return cost;
    }

    private long FieldCost(FieldNode field, INamedType parentType, Sizing sizing)
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
        var listSize = ListSize.Of(definition);
        long multiplier = 1;
        var childSizing = Sizing.None;
        if (listSize is not null)
        {
            var size = SizeOf(field, definition, listSize, isList ? sizing.For(name) : null);
            if (listSize.SizedFields.Count > 0)
            {
                childSizing = new Sizing(size, listSize.SizedFields);
            }
            else if (isList)
            {
                multiplier = size;
            }
        }
        else if (PageSize(field, definition) is { } page)
        {
            if (isList)
            {
                multiplier = page;
            }
            else
            {
                childSizing = new Sizing(page, null);
            }
        }
        else if (isList)
        {
            multiplier = sizing.For(name) ?? _limits.DefaultListSize;
        }

        var children = field.SelectionSet is null ? 0 : SelectionSetCost(field.SelectionSet, definition.Type.GetNamedType(), childSizing);
        var cost = Saturating.Add(Saturating.Multiply(multiplier, Saturating.Add(Weight(definition), children)), InputCost(field));
        if (ReferenceEquals(parentType, _schema.QueryType) || ReferenceEquals(parentType, _schema.MutationType) || ReferenceEquals(parentType, _schema.SubscriptionType))
        {
            if (cost > Costliest.Cost)
            {
                Costliest = (field.Alias?.Value ?? name, cost);
            }
        }

        return cost;
    }

    private long InputCost(FieldNode field)
    {
        if (_limits.InputListItemCost <= 0)
        {
            return 0;
        }

        long entries = 0;
        foreach (var argument in field.Arguments)
        {
            entries = Saturating.Add(entries, _inputSize.ListEntries(argument.Value));
        }

        return Saturating.Multiply(entries, _limits.InputListItemCost);
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

    /// <summary>
    /// The number of items by <c>@listSize</c>: the slicing arguments given (largest, capped), else the size the
    /// parent's <c>sizedFields</c> gave this field, else the declared defaults. Checks <c>requireOneSlicingArgument</c>.
    /// </summary>
    private long SizeOf(FieldNode field, FieldDefinition definition, ListSize listSize, long? fromParent)
    {
        long? given = null;
        long? defaulted = null;
        var givenCount = 0;
        foreach (var argumentName in listSize.SlicingArguments)
        {
            if (definition.GetArgument(argumentName) is not { } argument)
            {
                continue;
            }

            var (value, isDefault) = SlicingValue(field, argument);
            if (value is not { } number)
            {
                continue;
            }

            if (isDefault)
            {
                defaulted = Math.Max(defaulted ?? 0, number);
            }
            else
            {
                givenCount++;
                given = Math.Max(given ?? 0, number);
            }
        }

        if (listSize.RequireOneSlicingArgument && listSize.SlicingArguments.Count > 0
            && (givenCount > 1 || (givenCount == 0 && defaulted is null && listSize.SlicingArgumentDefaultValue is null)))
        {
            _errors.Add(LimitErrors.SlicingArgumentsInvalid(field, listSize.SlicingArguments, givenCount));
        }

        var size = given ?? fromParent ?? listSize.SlicingArgumentDefaultValue ?? defaulted ?? listSize.AssumedSize ?? _limits.DefaultListSize;
        return listSize.SlicingArgumentMaximum is { } maximum ? Math.Min(size, maximum) : size;
    }

    /// <summary>A slicing argument's number (a list counts its entries), and whether it came from the argument's default.</summary>
    private (long? Value, bool IsDefault) SlicingValue(FieldNode field, InputValueDefinition argument)
    {
        var given = field.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name)?.Value;
        var missing = given is null || (given is VariableNode variable && !_variables.ContainsKey(variable.Name.Value));
        if (missing)
        {
            return (argument.HasDefaultValue ? Count(argument.DefaultValue) : null, true);
        }

        return (given switch
        {
            VariableNode provided => Count(_variables[provided.Name.Value]),
            IntValueNode integer when double.TryParse(integer.Value, System.Globalization.CultureInfo.InvariantCulture, out var number) => Clamp(number),
            ListValueNode list => list.Values.Count,
            _ => null,
        }, false);
    }

    private static long? Count(object? value) => value switch
    {
        null or string => null,
        System.Collections.ICollection items => items.Count,
        _ when JsValues.TryGetNumber(value, out var number) => Clamp(number),
        _ => null,
    };

    private static long Clamp(double number) => (long)Math.Clamp(number, 0, int.MaxValue);

    /// <summary>
    /// Without <c>@listSize</c>: the page size the field's <c>first</c>/<c>last</c> arguments ask for (the larger, or
    /// the argument's default, else <see cref="RequestLimits.DefaultListSize"/>); null when it declares neither.
    /// </summary>
    private long? PageSize(FieldNode field, FieldDefinition definition)
    {
        long? size = null;
        var declared = false;
        foreach (var argumentName in PageArguments)
        {
            if (definition.GetArgument(argumentName) is not { } argument)
            {
                continue;
            }

            declared = true;
            if (SlicingValue(field, argument).Value is { } number)
            {
                size = Math.Max(size ?? 0, number);
            }
        }

        return declared ? size ?? _limits.DefaultListSize : null;
    }

    private INamedType? TypeOf(NamedTypeNode? node) => node is null ? null : _schema.GetType(node.Name.Value);

    /// <summary>
    /// A size a field hands to the lists below it: to the <paramref name="Fields"/> named, or (null) to every list
    /// directly under it, as a connection without <c>@listSize</c> does.
    /// </summary>
    private readonly record struct Sizing(long? Size, IReadOnlyList<string>? Fields)
    {
        public static Sizing None => default;

        public long? For(string field) => Size is null ? null : Fields is null || Fields.Contains(field) ? Size : null;
    }
}

using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation;

/// <summary>
/// What every rule shares during one validation: the schema and document, fragment look-ups, variable usages
/// (following fragment spreads), the <see cref="TypeInfo"/> of the current node, and error reporting
/// (graphql-js <c>ValidationContext</c>).
/// </summary>
public sealed class ValidationContext
{
    /// <summary>Bounds the work spent following fragment spreads, so that a hostile document cannot explode.</summary>
    private const int FragmentWorkBudget = 50_000;

    private readonly TypeInfo _typeInfo;
    private readonly Action<GraphQLError> _onError;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<INode, IReadOnlyList<FragmentDefinitionNode>> _recursivelyReferencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<INode, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<INode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError, bool hideSuggestions)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _onError = onError;
        HideSuggestions = hideSuggestions;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    /// <summary>When set, messages leave out "Did you mean …?" hints (they would reveal the schema when introspection is off).</summary>
    public bool HideSuggestions { get; }

    /// <summary>The nodes above the node being visited, the document first.</summary>
    public IReadOnlyList<INode> Ancestors { get; internal set; } = [];

    public IGraphQLType? Type => _typeInfo.Type;

    public ICompositeType? ParentType => _typeInfo.ParentType;

    public IGraphQLType? InputType => _typeInfo.InputType;

    public IGraphQLType? ParentInputType => _typeInfo.ParentInputType;

    public FieldDefinition? FieldDef => _typeInfo.FieldDef;

    public DirectiveDefinition? Directive => _typeInfo.Directive;

    public InputValueDefinition? Argument => _typeInfo.Argument;

    public EnumValueDefinition? EnumValue => _typeInfo.EnumValue;

    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>Reports a validation error located at <paramref name="nodes"/>, in that order.</summary>
    public void ReportError(string message, params IEnumerable<INode> nodes) =>
        _onError(new GraphQLError(message, ErrorCodes.ValidationFailed).WithLocations(nodes));

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere inside <paramref name="selectionSet"/>, not following them.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inlineFragment:
                        setsToVisit.Push(inlineFragment.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment the operation reaches through spreads, each once, nearest first.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (!_recursivelyReferencedFragments.TryGetValue(operation, out var fragments))
        {
            fragments = GetRecursivelyReferencedFragments([operation]);
            _recursivelyReferencedFragments[operation] = fragments;
        }

        return fragments;
    }

    /// <summary>Every fragment any of the operations reaches through spreads, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IEnumerable<OperationDefinitionNode> operations)
    {
        var collectedNames = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    collectedNames.Add(spread.Name.Value);
                }
            }
        }

        SpendFragmentWork(collectedNames.Count);
        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < collectedNames.Count; i++)
        {
            if (GetFragment(collectedNames[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    collectedNames.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }

    /// <summary>The variables used directly inside an operation or fragment (not through spreads), with the types their positions expect.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(IExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var collector = new VariableUsageCollector();
        var typeInfo = new TypeInfo(Schema);
        collector.TypeInfo = typeInfo;
        new DocumentWalker(typeInfo, collector).Walk(definition);
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables an operation uses, directly or inside the fragments it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in fragments)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }

        SpendFragmentWork(usages.Count - GetVariableUsages(operation).Count);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Charges fragment-following work against the budget; aborts validation when it runs out.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(null);
        }
    }

    private sealed class VariableUsageCollector : ValidationVisitor
    {
        public TypeInfo TypeInfo { get; set; } = null!;

        public List<VariableUsage> Usages { get; } = [];

        public override bool Enter(INode node)
        {
            switch (node)
            {
                case VariableDefinitionNode:
                    return false;
                case VariableNode variable:
                    Usages.Add(new VariableUsage(variable, TypeInfo.InputType, TypeInfo.HasDefaultValue, TypeInfo.ParentInputType));
                    break;
            }

            return true;
        }
    }
}

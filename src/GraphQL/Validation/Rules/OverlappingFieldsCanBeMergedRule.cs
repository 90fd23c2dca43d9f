using System.Text;
using System.Text.Json;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>
/// Fields that share a response name can be merged: same field with the same arguments unless their parents can
/// never be the same object, and always shapes that fit together, down through sub-selections and fragments
/// (spec §5.3.2 Field Selection Merging). Follows graphql-js's algorithm: field collection per selection set and
/// parent type is cached, fragment pairs are compared once, and the total work is budgeted.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly FragmentPairSet _comparedFragmentPairs = new();
        private readonly Dictionary<object, Dictionary<SelectionSetNode, CollectedFields>> _collectedFields = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<IValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
        private readonly object _noParentType = new();
        private int _remainingBudget = ComplexityBudget;

        public override bool Enter(INode node)
        {
            if (node is not SelectionSetNode selectionSet)
            {
                return true;
            }

            // An inline fragment's fields are compared as part of the enclosing selection set.
            if (context.Ancestors.Count > 0 && context.Ancestors[^1] is InlineFragmentNode)
            {
                return true;
            }

            if (selectionSet.Selections.Count <= 1 && (selectionSet.Selections.Count == 0 || selectionSet.Selections[0] is not InlineFragmentNode))
            {
                return true;
            }

            foreach (var conflict in FindConflictsWithinSelectionSet(context.ParentType, selectionSet))
            {
                context.ReportError(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    conflict.Fields1.Concat(conflict.Fields2));
            }

            return true;
        }

        /// <summary>(A) conflicts among the set's own fields, then (B) with each fragment it spreads, and (C) between those fragments.</summary>
        private List<Conflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var collected = CollectFields(parentType, selectionSet);
            CollectConflictsWithin(conflicts, collected.Fields);

            if (collected.FragmentNames.Count != 0 && (collected.Fields.Count != 0 || collected.FragmentNames.Count > 1))
            {
                for (var i = 0; i < collected.FragmentNames.Count; i++)
                {
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, collected.FragmentNames[i]);
                    for (var j = i + 1; j < collected.FragmentNames.Count; j++)
                    {
                        CollectConflictsBetweenFragments(conflicts, false, collected.FragmentNames[i], collected.FragmentNames[j]);
                    }
                }
            }

            return conflicts;
        }

        /// <summary>(D) the fields against a fragment's fields, then (E) against the fragments that fragment spreads.</summary>
        private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields collected, string fragmentName)
        {
            SpendBudget(1);
            if (collected.Fields.Count == 0)
            {
                return;
            }

            collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);

            // A non-exclusive comparison covers an exclusive one too, never the reverse.
            if (collected.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive))
            {
                return;
            }

            collected.ComparedFragments[fragmentName] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }

            var fragmentFields = CollectFragmentFields(fragment);
            if (ReferenceEquals(collected, fragmentFields))
            {
                return;
            }

            CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentFields);
            foreach (var referenced in fragmentFields.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referenced);
            }
        }

        /// <summary>(F) two fragments' fields, then (G) each against the fragments the other spreads.</summary>
        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            SpendBudget(2);
            if (fragmentName1 == fragmentName2 || _comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
            {
                return;
            }

            var fields1 = CollectFragmentFields(fragment1);
            var fields2 = CollectFragmentFields(fragment2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var referenced2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
            }

            foreach (var referenced1 in fields1.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
            }
        }

        /// <summary>(H) two sub-selections' fields, (I) each against the other's fragments, (J) their fragments pairwise.</summary>
        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive,
            INamedType? parentType1,
            SelectionSetNode selectionSet1,
            INamedType? parentType2,
            SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var collected1 = CollectFields(parentType1, selectionSet1);
            var collected2 = CollectFields(parentType2, selectionSet2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1, fragmentName2);
            }

            foreach (var fragmentName1 in collected1.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2, fragmentName1);
            }

            foreach (var fragmentName1 in collected1.FragmentNames)
            {
                foreach (var fragmentName2 in collected2.FragmentNames)
                {
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
                }
            }

            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, OrderedDictionary<string, List<FieldDetails>> fieldsByResponseName)
        {
            foreach (var (responseName, fields) in fieldsByResponseName)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
        {
            if (collected1.Fields.Count == 0 || collected2.Fields.Count == 0)
            {
                return;
            }

            foreach (var (responseName, fields1, fields2) in OverlappingFields(collected1, collected2))
            {
                foreach (var field1 in fields1)
                {
                    foreach (var field2 in fields2)
                    {
                        if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> OverlappingFields(CollectedFields collected1, CollectedFields collected2)
        {
            collected1.OverlappingFields ??= new Dictionary<CollectedFields, List<(string, List<FieldDetails>, List<FieldDetails>)>>(ReferenceEqualityComparer.Instance);
            if (collected1.OverlappingFields.TryGetValue(collected2, out var cached))
            {
                return cached;
            }

            var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
            foreach (var (responseName, fields1) in collected1.Fields)
            {
                SpendBudget(1);
                if (collected2.Fields.TryGetValue(responseName, out var fields2))
                {
                    overlapping.Add((responseName, fields1, fields2));
                }
            }

            collected1.OverlappingFields[collected2] = overlapping;
            return overlapping;
        }

        /// <summary>Whether two fields with one response name conflict, looking into their sub-selections.</summary>
        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
        {
            // Fields on two different object types can never both apply, so only their shapes must agree.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(details1.ParentType, details2.ParentType) && details1.ParentType is ObjectType && details2.ParentType is ObjectType);
            SpendBudget(2);

            var node1 = details1.Node;
            var node2 = details2.Node;
            var type1 = details1.Definition?.Type;
            var type2 = details2.Definition?.Type;
            if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && Equals(type1, type2) && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            if (!areMutuallyExclusive)
            {
                var info1 = details1.Info;
                var info2 = details2.Info;
                if (!info1.Comparisons.TryGetValue(info2, out var reason))
                {
                    var name1 = node1.Name.Value;
                    var name2 = node2.Name.Value;
                    reason = name1 != name2
                        ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                        : SameArguments(node1.Arguments, node2.Arguments) ? null : "they have differing arguments";
                    info1.Comparisons[info2] = reason;
                }

                if (reason is not null)
                {
                    return new Conflict(responseName, reason, [node1], [node2]);
                }
            }

            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelectionSets(
                    areMutuallyExclusive,
                    details1.Info.NamedType,
                    selectionSet1,
                    details2.Info.NamedType,
                    selectionSet2);
                return SubfieldConflicts(conflicts, responseName, node1, node2);
            }

            return null;
        }

        private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count != arguments2.Count)
            {
                return false;
            }

            foreach (var argument1 in arguments1)
            {
                SpendBudget(1);

                // The last argument of a name wins, as in a map built from the list.
                var argument2 = arguments2.LastOrDefault(a => a.Name.Value == argument1.Name.Value);
                if (argument2 is null || Stringify(argument1.Value) != Stringify(argument2.Value))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A canonical text of a value: object fields sorted by name, block strings distinct from quoted ones.</summary>
        private string Stringify(IValueNode value)
        {
            if (!_stringifiedValues.TryGetValue(value, out var text))
            {
                var builder = new StringBuilder();
                Write(builder, value);
                _stringifiedValues[value] = text = builder.ToString();
            }

            return text;

            static void Write(StringBuilder builder, IValueNode value)
            {
                switch (value)
                {
                    case VariableNode variable:
                        builder.Append("$").Append(JsonSerializer.Serialize(variable.Name.Value));
                        break;
                    case ObjectValueNode objectValue:
                        builder.Append('{');
                        foreach (var field in objectValue.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                        {
                            builder.Append(JsonSerializer.Serialize(field.Name.Value)).Append(':');
                            Write(builder, field.Value);
                            builder.Append(',');
                        }

                        builder.Append('}');
                        break;
                    case ListValueNode list:
                        builder.Append('[');
                        foreach (var item in list.Values)
                        {
                            Write(builder, item);
                            builder.Append(',');
                        }

                        builder.Append(']');
                        break;
                    case StringValueNode text:
                        builder.Append(text.Block ? "B" : "S").Append(JsonSerializer.Serialize(text.Value));
                        break;
                    case IntValueNode intValue:
                        builder.Append("I").Append(intValue.Value);
                        break;
                    case FloatValueNode floatValue:
                        builder.Append("F").Append(floatValue.Value);
                        break;
                    case BooleanValueNode boolean:
                        builder.Append(boolean.Value ? "true" : "false");
                        break;
                    case EnumValueNode enumValue:
                        builder.Append("E").Append(enumValue.Value);
                        break;
                    case NullValueNode:
                        builder.Append("null");
                        break;
                }
            }
        }

        /// <summary>Two types conflict when no value could be both: different list or non-null shape, or different leaves.</summary>
        private bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            SpendBudget(1);
            return (type1, type2) switch
            {
                (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
                (ListType, _) or (_, ListType) => true,
                (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
                (NonNullType, _) or (_, NonNullType) => true,
                (ILeafType, _) or (_, ILeafType) => !ReferenceEquals(type1, type2),
                _ => false,
            };
        }

        private CollectedFields CollectFields(INamedType? parentType, SelectionSetNode selectionSet)
        {
            var key = (object?)parentType ?? _noParentType;
            if (!_collectedFields.TryGetValue(key, out var bySelectionSet))
            {
                _collectedFields[key] = bySelectionSet = new Dictionary<SelectionSetNode, CollectedFields>(ReferenceEqualityComparer.Instance);
            }

            if (bySelectionSet.TryGetValue(selectionSet, out var cached))
            {
                return cached;
            }

            var result = new CollectedFields();
            CollectFieldsInto(parentType, selectionSet, result);
            bySelectionSet[selectionSet] = result;
            return result;
        }

        private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(AstTypes.TypeFromAst(context.Schema, fragment.TypeCondition) as INamedType, fragment.SelectionSet);

        private void CollectFieldsInto(INamedType? parentType, SelectionSetNode selectionSet, CollectedFields result)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var definition = parentType is IFieldsContainer container ? container.Fields.GetValueOrDefault(field.Name.Value) : null;
                        var responseName = field.Alias?.Value ?? field.Name.Value;
                        if (!result.Fields.TryGetValue(responseName, out var list))
                        {
                            result.Fields[responseName] = list = [];
                        }

                        list.Add(new FieldDetails(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        if (!result.FragmentNames.Contains(spread.Name.Value))
                        {
                            result.FragmentNames.Add(spread.Name.Value);
                        }

                        break;
                    case InlineFragmentNode inlineFragment:
                        var fragmentType = inlineFragment.TypeCondition is { } condition
                            ? AstTypes.TypeFromAst(context.Schema, condition) as INamedType
                            : parentType;
                        CollectFieldsInto(fragmentType, inlineFragment.SelectionSet, result);
                        break;
                }
            }
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }

            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                message.Append(message.Length == 0 ? "" : " and ")
                    .Append($"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new Conflict(
                responseName,
                Abbreviate(message.ToString()),
                ConflictNodes(node1, conflicts, c => c.Fields1),
                ConflictNodes(node2, conflicts, c => c.Fields2));
        }

        /// <summary>The enclosing field, then the conflicting sub-fields, capped so that locations stay readable.</summary>
        private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var remaining = MaxConflictNodes - nodes.Count;
                var fields = side(conflict);
                nodes.AddRange(remaining >= fields.Count ? fields : fields.Skip(fields.Count - remaining));
                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }

        private static string Abbreviate(string text) =>
            text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

        private void SpendBudget(int cost)
        {
            _remainingBudget -= cost;
            if (_remainingBudget < 0)
            {
                throw new ValidationAbortedException("Validation aborted.");
            }
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>A selected field with the type it was selected on; its comparison data is made on first overlap.</summary>
    private sealed class FieldDetails(INamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        private FieldInfo? _info;

        public INamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        public FieldInfo Info => _info ??= new FieldInfo(Definition?.Type.GetNamedType());
    }

    /// <summary>Remembers, per pair of field occurrences, whether their names and arguments differ.</summary>
    private sealed class FieldInfo(INamedType? namedType)
    {
        public INamedType? NamedType { get; } = namedType;

        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);
    }

    /// <summary>Fields by response name in selection order, and the fragments spread, of one selection set on one parent type.</summary>
    private sealed class CollectedFields
    {
        public OrderedDictionary<string, List<FieldDetails>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectedFields, List<(string, List<FieldDetails>, List<FieldDetails>)>>? OverlappingFields { get; set; }
    }

    /// <summary>
    /// Fragment pairs already compared, with whether the comparison assumed mutually exclusive parents: an exclusive
    /// comparison does not stand in for a non-exclusive one.
    /// </summary>
    private sealed class FragmentPairSet
    {
        private readonly Dictionary<string, Dictionary<string, bool>> _data = new(StringComparer.Ordinal);

        public bool Has(string a, string b, bool areMutuallyExclusive) => Has1(a, b, areMutuallyExclusive) || Has1(b, a, areMutuallyExclusive);

        public void Add(string a, string b, bool areMutuallyExclusive)
        {
            if (!_data.TryGetValue(a, out var map))
            {
                _data[a] = map = new Dictionary<string, bool>(StringComparer.Ordinal);
            }

            map[b] = areMutuallyExclusive;
        }

        private bool Has1(string a, string b, bool areMutuallyExclusive) =>
            _data.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored) && (areMutuallyExclusive || !stored);
    }
}

using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>Every selected field is defined on the type it is selected on (spec §5.3.1 Field Selections).</summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(INode node)
        {
            if (node is not FieldNode field || context.ParentType is not { } type || context.FieldDef is not null)
            {
                return true;
            }

            var fieldName = field.Name.Value;

            // Suggest a fragment on a type that has the field first; only then suspect a typo.
            var suggestion = Suggestions.DidYouMean("to use an inline fragment on", context.HideSuggestions ? [] : SuggestedTypeNames(type, fieldName));
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(context.HideSuggestions ? [] : SuggestedFieldNames(type, fieldName));
            }

            context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, field);
            return true;
        }

        private List<string> SuggestedTypeNames(ICompositeType type, string fieldName)
        {
            if (type is not IAbstractType abstractType)
            {
                return [];
            }

            var schema = context.Schema;
            var suggested = new List<IFieldsContainer>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in schema.GetPossibleTypes(abstractType))
            {
                if (!possibleType.Fields.ContainsKey(fieldName))
                {
                    continue;
                }

                if (!suggested.Contains(possibleType))
                {
                    suggested.Add(possibleType);
                }

                usageCount[possibleType.Name] = 1;
                foreach (var @interface in possibleType.Interfaces)
                {
                    if (!@interface.Fields.ContainsKey(fieldName))
                    {
                        continue;
                    }

                    if (!suggested.Contains(@interface))
                    {
                        suggested.Add(@interface);
                    }

                    usageCount[@interface.Name] = usageCount.GetValueOrDefault(@interface.Name) + 1;
                }
            }

            // Most common first, then super types before their subtypes, then by name.
            suggested.Sort((a, b) =>
            {
                var diff = usageCount[b.Name] - usageCount[a.Name];
                if (diff != 0)
                {
                    return diff;
                }

                if (a is InterfaceType interfaceA && schema.IsSubType(interfaceA, b))
                {
                    return -1;
                }

                if (b is InterfaceType interfaceB && schema.IsSubType(interfaceB, a))
                {
                    return 1;
                }

                return Suggestions.NaturalCompare(a.Name, b.Name);
            });
            return [.. suggested.Select(t => t.Name)];
        }

        private static IReadOnlyList<string> SuggestedFieldNames(ICompositeType type, string fieldName) =>
            type is IFieldsContainer container ? Suggestions.List(fieldName, container.Fields.Keys) : [];
    }
}

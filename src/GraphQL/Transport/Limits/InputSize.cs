using System.Collections;
using System.Text.Json;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// Counts the list entries in an argument's value, at any depth: a literal as written, a variable as the client sent
/// it (coercion has already accepted it, so its lists are the ones the resolver will get), or the variable's default.
/// </summary>
internal sealed class InputSize(IReadOnlyDictionary<string, object?> sentVariables, IReadOnlyDictionary<string, IValueNode> variableDefaults)
{
    public long ListEntries(IValueNode value) => value switch
    {
        ListValueNode list => list.Values.Aggregate(Saturating.Add(0, list.Values.Count), (total, item) => Saturating.Add(total, ListEntries(item))),
        ObjectValueNode objectValue => objectValue.Fields.Aggregate(0L, (total, field) => Saturating.Add(total, ListEntries(field.Value))),
        VariableNode variable when sentVariables.TryGetValue(variable.Name.Value, out var sent) => ListEntries(sent),
        VariableNode variable when variableDefaults.TryGetValue(variable.Name.Value, out var defaultValue) => ListEntries(defaultValue),
        _ => 0,
    };

    private static long ListEntries(object? value)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                return array.EnumerateArray().Aggregate((long)array.GetArrayLength(), (total, item) => Saturating.Add(total, ListEntries(item)));
            case JsonElement { ValueKind: JsonValueKind.Object } objectValue:
                return objectValue.EnumerateObject().Aggregate(0L, (total, property) => Saturating.Add(total, ListEntries(property.Value)));
            case null or string or JsonElement:
                return 0;
            case IDictionary map:
                return map.Values.Cast<object?>().Aggregate(0L, (total, item) => Saturating.Add(total, ListEntries(item)));
            case IReadOnlyDictionary<string, object?> map:
                return map.Values.Aggregate(0L, (total, item) => Saturating.Add(total, ListEntries(item)));
            case IEnumerable items:
                long count = 0;
                foreach (var item in items)
                {
                    count = Saturating.Add(count, Saturating.Add(1, ListEntries(item)));
                }

                return count;
            default:
                return 0;
        }
    }
}

using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// Reads a field from the parent value when no resolver is bound: a dictionary key or a CLR property of the same
/// name (camelCase field, PascalCase property), or a JSON property.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    public static FieldResolver Instance { get; } = context => new ValueTask<object?>(Read(context.Source, context.FieldDefinition.Name));

    public static object? Read(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> map:
                return map.TryGetValue(name, out var entry) ? entry : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(name, out var property) ? property : null;
        }

        var getter = Getters.GetOrAdd((source.GetType(), name), static key => CreateGetter(key.Item1, key.Item2));
        return getter?.Invoke(source);
    }

    private static Func<object, object?>? CreateGetter(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var property = type.GetProperty(name, flags);
        if (property is not null && property.GetIndexParameters().Length == 0)
        {
            return property.GetValue;
        }

        var field = type.GetField(name, flags);
        return field is null ? null : field.GetValue;
    }
}

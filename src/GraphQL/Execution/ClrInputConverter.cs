using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Headless.GraphQL.Execution;

/// <summary>
/// Converts coerced input values (dictionaries, lists, scalars) into CLR types: input objects into the record or class
/// bound as <c>InputObjectType.ClrType</c>, lists into arrays or lists, numbers and enum names into their CLR forms.
/// </summary>
public static class ClrInputConverter
{
    private static readonly ConcurrentDictionary<Type, Func<IReadOnlyDictionary<string, object?>, object>> Factories = new();

    /// <summary>Builds an instance of <paramref name="clrType"/> from an input object's coerced fields.</summary>
    public static object Materialize(Type clrType, IReadOnlyDictionary<string, object?> fields) =>
        Factories.GetOrAdd(clrType, CreateFactory)(fields);

    public static T? Convert<T>(object? value) => (T?)Convert(value, typeof(T));

    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            return value is string name ? ParseEnum(underlying, name) : Enum.ToObject(underlying, value);
        }

        if (value is IReadOnlyDictionary<string, object?> map && !underlying.IsAssignableFrom(map.GetType()))
        {
            return Materialize(underlying, map);
        }

        if (value is IEnumerable items && value is not string && underlying != typeof(string))
        {
            return ConvertList(items, underlying);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Cannot convert a {value.GetType().Name} input value to {target.Name}.");
    }

    private static object ParseEnum(Type enumType, string name)
    {
        if (Enum.TryParse(enumType, name, ignoreCase: true, out var member))
        {
            return member!;
        }

        // SCREAMING_SNAKE in GraphQL, PascalCase in C#.
        return Enum.Parse(enumType, name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
    }

    private static object ConvertList(IEnumerable items, Type target)
    {
        var elementType = target.IsArray
            ? target.GetElementType()!
            : target.IsGenericType ? target.GetGenericArguments()[0] : typeof(object);
        var converted = items.Cast<object?>().Select(i => Convert(i, elementType)).ToList();
        var array = Array.CreateInstance(elementType, converted.Count);
        for (var i = 0; i < converted.Count; i++)
        {
            array.SetValue(converted[i], i);
        }

        if (target.IsAssignableFrom(array.GetType()))
        {
            return array;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in converted)
        {
            list.Add(item);
        }

        return list;
    }

    private static Func<IReadOnlyDictionary<string, object?>, object> CreateFactory(Type type)
    {
        var constructor = type.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} has no public constructor to build an input object with.");
        var parameters = constructor.GetParameters();
        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && !parameters.Any(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .ToArray();

        return fields =>
        {
            var arguments = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = parameters[i];
                arguments[i] = TryGetField(fields, parameter.Name!, out var value)
                    ? Convert(value, parameter.ParameterType)
                    : parameter.HasDefaultValue ? parameter.DefaultValue : Convert(null, parameter.ParameterType);
            }

            var instance = constructor.Invoke(arguments);
            foreach (var property in settable)
            {
                if (TryGetField(fields, property.Name, out var value))
                {
                    property.SetValue(instance, Convert(value, property.PropertyType));
                }
            }

            return instance;
        };
    }

    private static bool TryGetField(IReadOnlyDictionary<string, object?> fields, string memberName, out object? value)
    {
        if (fields.TryGetValue(memberName, out value))
        {
            return true;
        }

        foreach (var (key, fieldValue) in fields)
        {
            if (string.Equals(key, memberName, StringComparison.OrdinalIgnoreCase))
            {
                value = fieldValue;
                return true;
            }
        }

        return false;
    }
}

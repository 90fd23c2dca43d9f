using System.Collections;
using System.Reflection;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// Binds coerced input values (what <see cref="InputCoercion"/> produces: dictionaries, lists, scalars' and enums'
/// internal values) to CLR types. A binding is compiled once from the GraphQL type and the CLR type, and compiling it
/// checks that the two agree — names (camelCase ↔ PascalCase), types, nullability, lists, enums, scalars' CLR types —
/// so that a compiled binding cannot fail on a coerced value. Every disagreement is reported, each naming the SDL
/// coordinate and the C# member.
/// </summary>
internal sealed class InputBinder
{

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(string)] = "string", [typeof(int)] = "int", [typeof(long)] = "long", [typeof(double)] = "double",
        [typeof(decimal)] = "decimal", [typeof(bool)] = "bool", [typeof(object)] = "object",
    };

    // Records compiled by this binder, so recursive input types (a filter with `and: [Filter!]`) bind once.
    private readonly Dictionary<(InputObjectType, Type), RecordBinding> _records = [];

    public List<string> Errors { get; } = [];

    /// <summary>Reads declared nullability; one per binder, since a context is not safe to share between threads.</summary>
    public NullabilityInfoContext Nullability { get; } = new();

    /// <summary>How a coerced value of <paramref name="type"/> becomes a <paramref name="clrType"/>.</summary>
    /// <param name="coordinate">The SDL side, for example <c>"PlaceOrderInput.cartId"</c>.</param>
    /// <param name="member">The C# side, for example <c>Shop.PlaceOrderInput.CartId</c>.</param>
    /// <param name="nullability">The member's declared nullability; null when unknown (a generic type argument).</param>
    public Func<object?, object?> Compile(IGraphQLType type, Type clrType, NullabilityInfo? nullability, string coordinate, string member)
    {
        if (clrType == typeof(object))
        {
            return static value => value;
        }

        var sdlNullable = type is not NonNullType;
        var clrNullable = clrType.IsValueType
            ? Nullable.GetUnderlyingType(clrType) is not null
            : nullability?.ReadState switch
            {
                NullabilityState.Nullable => true,
                NullabilityState.NotNull => false,
                _ => (bool?)null,
            };
        if (clrNullable is { } nullable && nullable != sdlNullable)
        {
            Errors.Add(sdlNullable
                ? $"{coordinate} is nullable (\"{type}\"), but C# {member} is not ({Describe(clrType)}): make it nullable."
                : $"{coordinate} is non-null (\"{type}\"), but C# {member} is nullable ({Describe(clrType)}?): make it non-nullable.");
        }

        var target = Nullable.GetUnderlyingType(clrType) ?? clrType;
        var named = type is NonNullType nonNull ? nonNull.OfType : type;
        var convert = named switch
        {
            ListType list => CompileList(list, target, nullability, coordinate, member),
            InputObjectType input => CompileInputObject(input, target, coordinate, member),
            EnumType enumType => CompileEnum(enumType, target, coordinate, member),
            ScalarType scalar => CompileScalar(scalar, target, coordinate, member),
            _ => Mismatch(coordinate, type, member, clrType),
        };

        // A null stays null; a non-null value type never sees one (coercion has rejected it before).
        return value => value is null ? null : convert(value);
    }

    /// <summary>
    /// A record whose constructor parameters and settable properties are bound to the fields of <paramref name="input"/>
    /// by name; every member needs a field and every field a member.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object> CompileRecord(Type record, InputObjectType input)
    {
        var owner = input.Name;
        var fields = input.Fields;
        var constructor = record.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null || record.IsAbstract || record.IsInterface)
        {
            Errors.Add($"C# type {Describe(record)} bound to \"{owner}\" has no public constructor to create it with.");
            return _ => throw new InvalidOperationException($"{Describe(record)} cannot be created.");
        }

        var parameters = constructor.GetParameters();
        var properties = record.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var settable = properties
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                && !parameters.Any(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .ToArray();

        var bound = new HashSet<string>(StringComparer.Ordinal);
        var arguments = new (string Field, Func<object?, object?> Convert, object? Absent)[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            // A positional record's property carries the declared nullability; a class's parameter does.
            var property = properties.FirstOrDefault(p => p.Name == parameter.Name);
            var nullability = property is not null ? Nullability.Create(property) : Nullability.Create(parameter);
            var field = BindMember(record, owner, fields, parameter.Name!, parameter.ParameterType, nullability, bound);
            var convert = field is null
                ? static v => v
                : Compile(field.Type, parameter.ParameterType, nullability, Coordinate(owner, field.Name), $"{Describe(record)}.{parameter.Name}");
            arguments[i] = (field?.Name ?? "", convert, Absent(parameter));
        }

        var setters = new List<(string Field, Func<object?, object?> Convert, PropertyInfo Property)>();
        foreach (var property in settable)
        {
            var nullability = Nullability.Create(property);
            if (BindMember(record, owner, fields, property.Name, property.PropertyType, nullability, bound) is { } field)
            {
                setters.Add((field.Name, Compile(field.Type, property.PropertyType, nullability, Coordinate(owner, field.Name), $"{Describe(record)}.{property.Name}"), property));
            }
        }

        foreach (var field in fields.Values.Where(f => !bound.Contains(f.Name)))
        {
            Errors.Add($"{Coordinate(owner, field.Name)} has no C# member in {Describe(record)}: add {Pascal(field.Name)}.");
        }

        return values =>
        {
            var given = new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                var (field, convert, absent) = arguments[i];
                given[i] = values.TryGetValue(field, out var value) && value is not null ? convert(value) : absent;
            }

            var instance = constructor.Invoke(given);
            foreach (var (field, convert, property) in setters)
            {
                if (values.TryGetValue(field, out var value))
                {
                    property.SetValue(instance, convert(value));
                }
            }

            return instance;
        };
    }

    private InputValueDefinition? BindMember(
        Type record, string owner, IReadOnlyDictionary<string, InputValueDefinition> fields,
        string memberName, Type memberType, NullabilityInfo nullability, HashSet<string> bound)
    {
        var field = fields.GetValueOrDefault(Camel(memberName)) ?? fields.GetValueOrDefault(memberName);
        if (field is null)
        {
            Errors.Add($"C# member {Describe(record)}.{memberName} ({Describe(memberType, nullability)}) has no input field \"{owner}.{Camel(memberName)}\" to bind to: rename it or add the input field to the SDL.");
            return null;
        }

        bound.Add(field.Name);
        return field;
    }

    private static object? Absent(ParameterInfo parameter) =>
        parameter.HasDefaultValue ? parameter.DefaultValue
        : parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null ? Activator.CreateInstance(parameter.ParameterType)
        : null;

    private Func<object?, object?> CompileList(ListType list, Type target, NullabilityInfo? nullability, string coordinate, string member)
    {
        Type? element = target.IsArray ? target.GetElementType()
            : target.IsGenericType && target.GetGenericArguments().Length == 1 && target.IsAssignableFrom(typeof(List<>).MakeGenericType(target.GetGenericArguments()[0]))
                ? target.GetGenericArguments()[0]
                : null;
        if (element is null)
        {
            return Mismatch(coordinate, list, member, target);
        }

        var elementNullability = target.IsArray ? nullability?.ElementType : nullability?.GenericTypeArguments.FirstOrDefault();
        var convert = Compile(list.OfType, element, elementNullability, coordinate + " (its items)", member + " (its items)");
        var asArray = target.IsAssignableFrom(element.MakeArrayType());
        return value =>
        {
            var items = (IList)value!;
            var array = Array.CreateInstance(element, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(convert(items[i]), i);
            }

            return asArray ? array : Activator.CreateInstance(typeof(List<>).MakeGenericType(element), array);
        };
    }

    private Func<object?, object?> CompileInputObject(InputObjectType input, Type target, string coordinate, string member)
    {
        if (target.IsAssignableFrom(typeof(Dictionary<string, object?>)))
        {
            return static value => value;
        }

        if (target.IsPrimitive || target.IsEnum || target == typeof(string) || typeof(IEnumerable).IsAssignableFrom(target))
        {
            return Mismatch(coordinate, input, member, target);
        }

        if (input.ClrType is { } boundType && boundType != target)
        {
            Errors.Add($"{coordinate} is \"{input.Name}\", which is bound to {Describe(boundType)}, but C# {member} is {Describe(target)}.");
            return static value => value;
        }

        if (input.ClrType == target && input.CreateClrValue is { } checkedAtBuild)
        {
            return value => checkedAtBuild((IReadOnlyDictionary<string, object?>)value!);
        }

        if (!_records.TryGetValue((input, target), out var record))
        {
            record = new RecordBinding();
            _records[(input, target)] = record;
            record.Create = CompileRecord(target, input);
        }

        return value => record.Create!((IReadOnlyDictionary<string, object?>)value!);
    }

    private Func<object?, object?> CompileEnum(EnumType enumType, Type target, string coordinate, string member)
    {
        var boundTo = enumType.Values.Select(v => v.Value?.GetType()).FirstOrDefault(t => t is { IsEnum: true });
        if (boundTo is not null)
        {
            return boundTo == target ? static value => value : Mismatch(coordinate, enumType, member, target, $"(\"{enumType.Name}\" is bound to {Describe(boundTo)})");
        }

        if (target == typeof(string))
        {
            return static value => value;
        }

        if (!target.IsEnum)
        {
            return Mismatch(coordinate, enumType, member, target);
        }

        // An enum not bound with BindEnum: its names map to members ignoring case and underscores.
        var members = Enum.GetNames(target).ToDictionary(Normalize, name => Enum.Parse(target, name));
        var byName = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var value in enumType.Values)
        {
            if (members.TryGetValue(Normalize(value.Name), out var found))
            {
                byName[value.Name] = found;
            }
            else
            {
                Errors.Add($"Enum value \"{enumType.Name}.{value.Name}\" has no member in C# enum {Describe(target)} (used by {member}).");
            }
        }

        return value => byName.TryGetValue((string)value!, out var found) ? found : value;
    }

    private Func<object?, object?> CompileScalar(ScalarType scalar, Type target, string coordinate, string member) =>
        scalar.ClrType == target
            ? static value => value
            : Mismatch(coordinate, scalar, member, target, scalar.ClrType is null
                ? $"(scalar \"{scalar.Name}\" declares no CLR type: bind it as object)"
                : $"(\"{scalar.Name}\" binds to {Describe(scalar.ClrType)})");

    private Func<object?, object?> Mismatch(string coordinate, IGraphQLType type, string member, Type clrType, string? hint = null)
    {
        Errors.Add($"{coordinate} is \"{type}\", but C# {member} is {Describe(clrType)}{(hint is null ? "" : " " + hint)}.");
        return static value => value;
    }

    private static string Coordinate(string owner, string name) => $"Input field \"{owner}.{name}\"";

    internal static string Describe(Type type) =>
        Keywords.TryGetValue(type, out var keyword) ? keyword
        : Nullable.GetUnderlyingType(type) is { } underlying ? Describe(underlying) + "?"
        : type.IsArray ? Describe(type.GetElementType()!) + "[]"
        : type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
        : (type.FullName ?? type.Name).Replace('+', '.');

    private static string Describe(Type type, NullabilityInfo nullability) =>
        Describe(type) + (!type.IsValueType && nullability.ReadState == NullabilityState.Nullable ? "?" : "");

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Filled after it is registered, so a record that contains itself binds to the same binding.</summary>
    private sealed class RecordBinding
    {
        public Func<IReadOnlyDictionary<string, object?>, object>? Create { get; set; }
    }
}

using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Headless.GraphQL.Execution;

namespace Headless.GraphQL.Types;

/// <summary>
/// The resolver of fields nobody bound: reads the parent's dictionary entry of the field's name, or its CLR
/// property/field of the same name (exact, else PascalCase: <c>unitPrice</c> ↔ <c>UnitPrice</c>). Getters are
/// compiled once per (CLR type, field name), since this runs for most fields of every response.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Field), Func<object, object?>?> Getters = new();

    /// <summary>A resolver for <paramref name="fieldName"/> that completes synchronously.</summary>
    /// <remarks>The delegate's target is a <see cref="CallSite"/>, which the executor calls directly (no context).</remarks>
    public static FieldResolver For(string fieldName) => new CallSite(fieldName).ResolveField;

    /// <summary>The value of <paramref name="fieldName"/> on <paramref name="source"/>, or null when it has none.</summary>
    public static object? Resolve(object? source, string fieldName)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(fieldName, out var entry) ? entry : null;
            case IDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var value) ? value : null;
            case System.Collections.IDictionary untyped:
                return untyped.Contains(fieldName) ? untyped[fieldName] : null;
        }

        var getter = Getters.GetOrAdd((source.GetType(), fieldName), static key => CompileGetter(key.Type, key.Field));
        return getter?.Invoke(source);
    }

    /// <summary>True when instances of <paramref name="clrType"/> can provide <paramref name="fieldName"/>.</summary>
    public static bool HasMember(Type clrType, string fieldName) =>
        typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(clrType)
        || typeof(IDictionary<string, object?>).IsAssignableFrom(clrType)
        || typeof(System.Collections.IDictionary).IsAssignableFrom(clrType)
        || FindMember(clrType, fieldName) is not null;

    internal static MemberInfo? FindMember(Type clrType, string fieldName)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var pascal = fieldName.Length == 0 ? fieldName : char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
        foreach (var name in new[] { fieldName, pascal })
        {
            if (clrType.GetProperty(name, flags) is { CanRead: true } property && property.GetIndexParameters().Length == 0)
            {
                return property;
            }

            if (clrType.GetField(name, flags) is { } field)
            {
                return field;
            }
        }

        return null;
    }

    private static Func<object, object?>? CompileGetter(Type clrType, string fieldName)
    {
        var member = FindMember(clrType, fieldName);
        if (member is null)
        {
            return null;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var access = Expression.MakeMemberAccess(Expression.Convert(source, clrType), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), source).Compile();
    }

    /// <summary>
    /// One field's resolver remembers the getter of the last CLR type it saw: a field almost always sees one type,
    /// so the shared cache is consulted only when the type changes.
    /// </summary>
    internal sealed class CallSite(string fieldName)
    {
        private Entry? _last;

        public ValueTask<object?> ResolveField(IResolveFieldContext context) => new(Resolve(context.Source));

        public object? Resolve(object? source)
        {
            // Entries are only made for non-collection types, so a hit needs no further checks.
            var last = _last;
            if (last is not null && source is not null && last.Type == source.GetType())
            {
                return last.Getter?.Invoke(source);
            }

            if (source is null || source is System.Collections.IEnumerable)
            {
                return DefaultFieldResolver.Resolve(source, fieldName);
            }

            var type = source.GetType();
            if (last is null || last.Type != type)
            {
                last = new Entry(type, Getters.GetOrAdd((type, fieldName), static key => CompileGetter(key.Type, key.Field)));
                _last = last;
            }

            return last.Getter?.Invoke(source);
        }

        private sealed record Entry(Type Type, Func<object, object?>? Getter);
    }
}

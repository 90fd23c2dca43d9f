using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// <c>context.Argument&lt;T&gt;("input")</c>: one argument bound to a CLR type by the same rules as a resolver's
/// parameters. An input object binds only to the record given to <see cref="SchemaBuilder.BindInput{T}"/> (or to a
/// dictionary), so that the record was checked against the SDL when the schema was built.
/// </summary>
public static class ArgumentAccess
{
    private static readonly ConditionalWeakTable<InputValueDefinition, ConcurrentDictionary<Type, Func<object?, object?>>> Bindings = new();

    /// <summary>The argument as a <typeparamref name="T"/>; null (or the default) when it was not given and has no default.</summary>
    /// <exception cref="InvalidOperationException">The field has no such argument, or <typeparamref name="T"/> does not fit its type.</exception>
    public static T Argument<T>(this IResolveFieldContext context, string name)
    {
        var definition = context.FieldDefinition.GetArgument(name)
            ?? throw new InvalidOperationException($"Field \"{context.ParentType.Name}.{context.FieldDefinition.Name}\" has no argument \"{name}\".");
        var convert = Bindings.GetOrCreateValue(definition).GetOrAdd(typeof(T), Compile, (context, definition));
        return context.Arguments.TryGetValue(name, out var value) && value is not null ? (T)convert(value)! : default!;
    }

    private static Func<object?, object?> Compile(Type type, (IResolveFieldContext Context, InputValueDefinition Definition) argument)
    {
        var coordinate = $"{argument.Context.ParentType.Name}.{argument.Context.FieldDefinition.Name}({argument.Definition.Name}:)";
        if (argument.Definition.Type.GetNamedType() is InputObjectType { ClrType: null } input && !type.IsAssignableFrom(typeof(Dictionary<string, object?>)))
        {
            throw new InvalidOperationException(
                $"Argument<{InputBinder.Describe(type)}>(\"{argument.Definition.Name}\") of \"{coordinate}\": bind {InputBinder.Describe(type)} to \"{input.Name}\" with BindInput, so that it is checked when the schema is built.");
        }

        var binder = new InputBinder();
        var convert = binder.Compile(argument.Definition.Type, type, null, $"Argument \"{coordinate}\"", $"Argument<{InputBinder.Describe(type)}>");
        return binder.Errors.Count == 0 ? convert : throw new InvalidOperationException(string.Join(Environment.NewLine, binder.Errors));
    }
}

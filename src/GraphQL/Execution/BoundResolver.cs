using System.Linq.Expressions;
using System.Reflection;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// A resolver written as a delegate whose parameters are the field's arguments, bound by name (HotChocolate's
/// parameter binding): <c>(string id, IResolveFieldContext context) => …</c>. Parameters of type
/// <see cref="IResolveFieldContext"/> and <see cref="CancellationToken"/> receive the context and its token; every
/// other parameter must name an argument and agree with its type, which is checked when the schema is built.
/// </summary>
internal static class BoundResolver
{
    /// <summary>The delegate as a function of the context; mismatches go to <paramref name="binder"/>'s errors.</summary>
    public static Func<IResolveFieldContext, object?> Compile(Delegate resolver, ObjectType parent, FieldDefinition field, InputBinder binder)
    {
        var coordinate = $"{parent.Name}.{field.Name}";
        var context = Expression.Parameter(typeof(IResolveFieldContext), "context");
        var parameters = resolver.Method.GetParameters();
        var arguments = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var type = parameter.ParameterType;
            if (type == typeof(IResolveFieldContext))
            {
                arguments[i] = context;
                continue;
            }

            if (type == typeof(System.Security.Claims.ClaimsPrincipal))
            {
                arguments[i] = Expression.Property(context, nameof(IResolveFieldContext.User));
                continue;
            }

            if (type == typeof(CancellationToken))
            {
                arguments[i] = Expression.Property(context, nameof(IResolveFieldContext.CancellationToken));
                continue;
            }

            var argument = parameter.Name is { } name ? field.GetArgument(name) : null;
            if (argument is null)
            {
                binder.Errors.Add($"The resolver of \"{coordinate}\" has parameter \"{parameter.Name}\" ({InputBinder.Describe(type)}), but the field has no argument \"{parameter.Name}\": rename the parameter or add the argument to the SDL.");
                arguments[i] = Expression.Default(type);
                continue;
            }

            var convert = binder.Compile(
                argument.Type,
                type,
                binder.Nullability.Create(parameter),
                $"Argument \"{coordinate}({argument.Name}:)\"",
                $"parameter \"{parameter.Name}\" of the resolver of \"{coordinate}\"");
            var read = Read(argument.Name, convert, Absent(type));
            arguments[i] = Expression.Convert(Expression.Invoke(Expression.Constant(read), context), type);
        }

        Expression call = Expression.Invoke(Expression.Constant(resolver), arguments);
        call = resolver.Method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<IResolveFieldContext, object?>>(call, context).Compile();
    }

    // An argument not given and without default is absent; the parameter then gets null (or a value type's default).
    private static Func<IResolveFieldContext, object?> Read(string name, Func<object?, object?> convert, object? absent) =>
        context => context.Arguments.TryGetValue(name, out var value) && value is not null ? convert(value) : absent;

    private static object? Absent(Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
}

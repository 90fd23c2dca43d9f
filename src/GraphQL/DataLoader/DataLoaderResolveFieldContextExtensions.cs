using Headless.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.DataLoader;

/// <summary>Gives resolvers the request's loader of a type: <c>context.DataLoader&lt;UserByIdLoader&gt;().LoadAsync(id)</c>.</summary>
public static class DataLoaderResolveFieldContextExtensions
{
    public static DataLoaderScope DataLoaderScope(this IResolveFieldContext context)
    {
        lock (context.Items)
        {
            if (context.Items.TryGetValue(Headless.GraphQL.DataLoader.DataLoaderScope.ItemsKey, out var existing) && existing is DataLoaderScope scope)
            {
                return scope;
            }

            var created = new DataLoaderScope();
            context.Items[Headless.GraphQL.DataLoader.DataLoaderScope.ItemsKey] = created;
            return created;
        }
    }

    /// <summary>The loader for this request, built from the request's services (constructor injection).</summary>
    public static T DataLoader<T>(this IResolveFieldContext context)
        where T : DataLoaderBase =>
        context.DataLoaderScope().GetOrAdd(() => ActivatorUtilities.CreateInstance<T>(context.RequestServices));

    public static T DataLoader<T>(this IResolveFieldContext context, Func<T> factory)
        where T : DataLoaderBase =>
        context.DataLoaderScope().GetOrAdd(factory);
}

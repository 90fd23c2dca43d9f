using Headless.GraphQL.Execution;
using Headless.Infrastructure.Persistence;

namespace Headless.Api.Admin;

/// <summary>
/// Sibling fields resolve concurrently and a DbContext runs one query at a time, so an admin field that reads the
/// database gets a scope (and a context) of its own.
/// </summary>
internal static class AdminReads
{
    public static async Task<T> ReadAsync<T>(IResolveFieldContext context, Func<HeadlessDbContext, Task<T>> read)
    {
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<HeadlessDbContext>());
    }

    /// <summary>As <see cref="ReadAsync{T}"/>, through a service of that scope (a service built on the scope's context).</summary>
    public static async Task<T> ReadWithAsync<TService, T>(IResolveFieldContext context, Func<TService, Task<T>> read)
        where TService : notnull
    {
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TService>());
    }
}

using Headless.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Tests.Persistence;

/// <summary>The services the API host registers for persistence, built from plain configuration.</summary>
internal static class PersistenceHost
{
    public static ServiceProvider Create(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHeadlessPersistence(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static ServiceProvider Sqlite(string file) =>
        Create(("Database:Provider", "Sqlite"), ("ConnectionStrings:Headless", $"Data Source={file}"));

    public static ServiceProvider Postgres(string connectionString) =>
        Create(("Database:Provider", "Postgres"), ("ConnectionStrings:Headless", connectionString));

    public static async Task<T> WithContextAsync<T>(this IServiceProvider services, Func<HeadlessDbContext, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<HeadlessDbContext>());
    }
}

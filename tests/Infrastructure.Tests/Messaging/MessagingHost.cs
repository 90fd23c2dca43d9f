using Headless.Infrastructure.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Tests.Messaging;

/// <summary>
/// The services one API instance would get from <c>AddHeadlessMessaging</c> for the given settings, so
/// tests exercise the same selection (Redis or in-process) the host does.
/// </summary>
public sealed class MessagingHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public MessagingHost(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddHeadlessMessaging(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static MessagingHost InProcess() => new(new Dictionary<string, string?>());

    public static MessagingHost WithRedis(string configuration) =>
        new(new Dictionary<string, string?> { ["Redis:Configuration"] = configuration });

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

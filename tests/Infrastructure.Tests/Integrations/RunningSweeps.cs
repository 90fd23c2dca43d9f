using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Headless.Infrastructure.Tests.Integrations;

/// <summary>Starts the hosted sweeps of an instance, as the API host would, and stops them when disposed.</summary>
internal sealed class RunningSweeps : IAsyncDisposable
{
    private readonly List<IHostedService> _services;

    private RunningSweeps(List<IHostedService> services) => _services = services;

    public static async Task<RunningSweeps> StartAsync(IServiceProvider provider)
    {
        var services = provider.GetServices<IHostedService>().ToList();
        foreach (var service in services)
        {
            await service.StartAsync(CancellationToken.None);
        }

        return new RunningSweeps(services);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.StopAsync(CancellationToken.None);
        }
    }
}

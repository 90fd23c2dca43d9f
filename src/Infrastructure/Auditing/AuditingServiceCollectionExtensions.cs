using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Headless.Infrastructure.Auditing;

public static class AuditingServiceCollectionExtensions
{
    /// <summary>The audit log: the interceptor that records admin writes, <see cref="AuditLog"/>, and the coalesced log of refused calls.</summary>
    public static IServiceCollection AddHeadlessAuditing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessRefusalOptions>(configuration.GetSection(AccessRefusalOptions.Section));
        services.TryAddSingleton<AccessRefusalLog>();
        services.AddHostedService<AccessRefusalFlush>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, AuditSaveChangesInterceptor>());
        services.TryAddSingleton<AuditLog>();
        return services;
    }
}

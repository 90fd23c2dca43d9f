using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Headless.Infrastructure.Auditing;

public static class AuditingServiceCollectionExtensions
{
    /// <summary>The audit log: the interceptor that records admin writes, and <see cref="AuditLog"/>.</summary>
    public static IServiceCollection AddHeadlessAuditing(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, AuditSaveChangesInterceptor>());
        services.TryAddSingleton<AuditLog>();
        return services;
    }
}

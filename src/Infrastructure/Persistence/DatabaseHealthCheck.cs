using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Headless.Infrastructure.Persistence;

/// <summary>
/// Ready only when the database runs a <c>SELECT 1</c>; on failure the description says why (the exception's type
/// and message — drivers never put the password there), so <c>/health/ready</c> names the dependency and the reason.
/// The registration's timeout bounds the wait.
/// </summary>
internal sealed class DatabaseHealthCheck(HeadlessDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{db.Database.ProviderName} answered SELECT 1.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The database did not answer within {context.Registration.Timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception exception)
        {
            var cause = exception.GetBaseException();
            return new HealthCheckResult(context.Registration.FailureStatus, $"The database did not answer: {cause.GetType().Name}: {cause.Message}");
        }
    }
}

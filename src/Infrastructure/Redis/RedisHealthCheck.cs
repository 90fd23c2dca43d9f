using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Headless.Infrastructure.Redis;

/// <summary>Ready only when Redis answers a PING; the registration's timeout bounds the wait.</summary>
internal sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            var latency = await database.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"PING answered in {latency.TotalMilliseconds:0.#} ms.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The registration's timeout: Redis is down or unreachable, an answer rather than a crash of the check.
            return new HealthCheckResult(context.Registration.FailureStatus, $"Redis did not answer PING within {context.Registration.Timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception exception)
        {
            // The reason is the message; a stack trace of a refused connection tells an operator nothing more.
            return new HealthCheckResult(context.Registration.FailureStatus, $"Redis did not answer PING: {exception.Message}");
        }
    }
}

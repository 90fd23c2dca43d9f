using System.Net.Sockets;
using Headless.GraphQL.Errors;
using Microsoft.Data.Sqlite;
using Npgsql;
using StackExchange.Redis;

namespace Headless.Api.Hosting;

/// <summary>
/// Tells a failure of a dependency (the database or Redis cannot be reached or answers "try later") from a bug,
/// so clients get <c>SERVICE_UNAVAILABLE</c> (HTTP 503 when nothing else came back) instead of a generic error
/// they cannot act on. The message names the kind of dependency only: no host, port or connection string.
/// </summary>
public static class DependencyOutage
{
    public const string DatabaseMessage = "The database is unavailable at the moment; retry the request later.";
    public const string ConflictMessage = "The request collided with a concurrent change and was rolled back; retry it (with the same idempotency key, if it has one).";
    public const string CacheMessage = "The cache or message bus is unavailable at the moment; retry the request later.";

    /// <summary>The error to answer for <paramref name="exception"/>, or null when it is no dependency outage.</summary>
    public static (string Message, string Code)? Classify(Exception exception)
    {
        foreach (var cause in Causes(exception))
        {
            switch (cause)
            {
                case RedisConnectionException or RedisTimeoutException:
                    return (CacheMessage, ErrorCodes.ServiceUnavailable);
                // Deadlock victims and serialization failures: nothing is down, but retrying is just as right.
                case PostgresException { SqlState: "40P01" or "40001" }:
                    return (ConflictMessage, ErrorCodes.ServiceUnavailable);
                // Connection failures (08…), shutdowns and restarts (57P…) and exhausted resources (53…).
                case PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal)
                    || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal):
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or TimeoutException:
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked or SqliteCantOpen }:
                    return (DatabaseMessage, ErrorCodes.ServiceUnavailable);
            }
        }

        return null;
    }

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCantOpen = 14;

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        // Breadth-first over inner exceptions, bounded: EF and Npgsql wrap the socket error a few levels deep.
        var pending = new Queue<Exception>([exception]);
        for (var seen = 0; pending.TryDequeue(out var next) && seen < 16; seen++)
        {
            yield return next;
            if (next is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Enqueue(inner);
                }
            }
            else if (next.InnerException is { } inner)
            {
                pending.Enqueue(inner);
            }
        }
    }
}

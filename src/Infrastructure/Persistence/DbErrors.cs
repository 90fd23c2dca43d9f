using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Headless.Infrastructure.Persistence;

/// <summary>Recognizes unique-constraint violations and lost concurrency races whatever the provider.</summary>
public static class DbErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>A unique violation anywhere in the chain: bulk statements (ExecuteUpdate) throw the provider's exception unwrapped.</summary>
    public static bool IsUniqueViolationAnywhere(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var unique = current switch
            {
                DbUpdateException update => IsUniqueViolation(update),
                PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
                SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
                SqlException sql => sql.Number is 2601 or 2627,
                _ => false,
            };
            if (unique)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A race lost to a concurrent transaction that a fresh attempt may win: a deadlock or serialization
    /// failure, a lock wait that ran out, or a unique row someone else inserted first.
    /// </summary>
    public static bool IsConcurrencyConflict(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var conflict = current switch
            {
                DbUpdateConcurrencyException => true,
                DbUpdateException update => IsUniqueViolation(update),
                PostgresException pg => pg.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
                SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
                SqlException sql => sql.Number is 1205 or 1222,
                _ => false,
            };
            if (conflict)
            {
                return true;
            }
        }

        return false;
    }
}

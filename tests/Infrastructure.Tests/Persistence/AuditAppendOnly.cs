using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Persistence;

/// <summary>
/// The audit log is append-only in the database itself: a raw connection, bypassing the context and its
/// interceptor, can add an entry but neither change nor delete one.
/// </summary>
internal static class AuditAppendOnly
{
    public static async Task AssertTheDatabaseRefusesChangingOrDeletingEntriesAsync(IServiceProvider services)
    {
        await services.WithContextAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            try
            {
                await ExecuteAsync(connection, """
                    INSERT INTO audit_entries (occurred_at, actor_kind, actor_id, action, outcome, changes)
                    VALUES (CURRENT_TIMESTAMP, 'staff', 'raw-test', 'holdOrder', 'changed', '[]')
                    """);

                await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "UPDATE audit_entries SET outcome = 'tampered' WHERE actor_id = 'raw-test'"));
                await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "DELETE FROM audit_entries WHERE actor_id = 'raw-test'"));
                await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "DELETE FROM audit_entries"));

                Assert.Equal("changed", await ScalarAsync(connection, "SELECT outcome FROM audit_entries WHERE actor_id = 'raw-test'"));
                Assert.Equal(1L, Convert.ToInt64(await ScalarAsync(connection, "SELECT COUNT(*) FROM audit_entries"), System.Globalization.CultureInfo.InvariantCulture));
            }
            finally
            {
                await connection.CloseAsync();
            }

            return 0;
        });
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

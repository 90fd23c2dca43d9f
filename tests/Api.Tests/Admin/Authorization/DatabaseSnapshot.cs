using System.Data.Common;
using System.Globalization;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Authorization;

/// <summary>Every row of every table of a test host's database (SQLite or PostgreSQL), as text, to show that nothing was written.</summary>
internal static class DatabaseSnapshot
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> TakeAsync(IServiceProvider services, IReadOnlySet<string> leaveOut)
    {
        await using var scope = services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = connection is Microsoft.Data.Sqlite.SqliteConnection
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !leaveOut.Contains(t)))
        {
            snapshot[table] = await RowsAsync(connection, table);
        }

        return snapshot;
    }

    private static async Task<IReadOnlyList<string>> RowsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}

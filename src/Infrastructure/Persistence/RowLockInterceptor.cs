using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Headless.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL row locks on a LINQ query: a query tagged with <see cref="Tag"/> (<c>.TagWith(RowLockInterceptor.Tag("c"))</c>)
/// gets <c>FOR UPDATE OF alias</c> appended, so it locks the rows it reads in the same statement. LINQ has no
/// locking clause, and <c>FromSql</c> cannot load entities with complex properties (EF Core names their columns
/// differently there).
/// </summary>
internal sealed class RowLockInterceptor : DbCommandInterceptor
{
    private const string Marker = "-- FOR UPDATE OF ";

    public static readonly RowLockInterceptor Instance = new();

    /// <summary>The tag that locks the rows of the table this query names <paramref name="alias"/> (EF Core's alias).</summary>
    public static string Tag(string alias) => "FOR UPDATE OF " + alias;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        AppendLock(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        AppendLock(command);
        return ValueTask.FromResult(result);
    }

    private static void AppendLock(DbCommand command)
    {
        var text = command.CommandText;
        if (!text.StartsWith(Marker, StringComparison.Ordinal))
        {
            return;
        }

        var endOfTag = text.IndexOf('\n', StringComparison.Ordinal);
        var alias = text[Marker.Length..endOfTag].Trim();
        command.CommandText = text.TrimEnd().TrimEnd(';') + "\nFOR UPDATE OF " + alias;
    }
}

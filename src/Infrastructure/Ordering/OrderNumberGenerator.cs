using Headless.Domain.Ordering;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Next order number, in one statement, taken inside the checkout transaction. PostgreSQL and SQL Server: a sequence
/// (it takes no lock and is not rolled back, so concurrent checkouts do not wait on each other for it). SQLite: the
/// counter row, incremented and returned at once; there the transaction holds the database's write lock anyway, so
/// the row adds no wait. A checkout that fails afterwards leaves a gap, which is fine for numbers people read.
/// </summary>
public sealed class OrderNumberGenerator(HeadlessDbContext db)
{
    /// <summary>The sequence on PostgreSQL and SQL Server; its migration starts it after the counter row's value.</summary>
    public const string SequenceName = "order_numbers";

    public async Task<string> NextAsync(CancellationToken ct)
    {
        var values = db.Database.IsNpgsql() ? db.Database.SqlQuery<long>($"SELECT nextval('order_numbers') AS \"Value\"")
            : db.Database.IsSqlServer() ? db.Database.SqlQuery<long>($"SELECT NEXT VALUE FOR order_numbers AS Value")
            : db.Database.SqlQuery<long>($"UPDATE order_number_counters SET value = value + 1 WHERE name = {OrderNumberCounter.OrdersName} RETURNING value AS \"Value\"");
        var value = (await values.ToListAsync(ct)).SingleOrDefault();
        return value > 0
            ? OrderNumber.Format(value)
            : throw new InvalidOperationException("No order number: the counter row or sequence is missing; run the migrations.");
    }
}

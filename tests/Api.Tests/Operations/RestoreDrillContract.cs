using System.Data.Common;
using System.Text;
using Headless.Api.Storefront;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Tests.Shared;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Operations;

/// <summary>
/// The restore drill, through the real API server process and the real <c>backup</c>/<c>restore</c> commands: orders
/// placed and paid, a backup while the server serves, more orders, the database destroyed, restored, the server
/// started again. Run per provider by the subclasses.
/// </summary>
public abstract class RestoreDrillContract : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly RedisServer _redis = new();
    private readonly string _backupFile = Path.Combine(Path.GetTempPath(), $"headless-drill-{Guid.NewGuid():N}.backup");

    /// <summary>Database__Provider and ConnectionStrings__Headless of the database under test.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string>> DatabaseEnvironmentAsync();

    /// <summary>Destroys the database as a disaster would: the file deleted, the database dropped.</summary>
    protected abstract Task DestroyDatabaseAsync();

    protected abstract DbConnection OpenConnection();

    public async Task InitializeAsync() => await ((IAsyncLifetime)_redis).InitializeAsync();

    public virtual async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_redis).DisposeAsync();
        File.Delete(_backupFile);
    }

    [Fact]
    public async Task EveryOrderUpToTheBackupComesBackWithItsPaymentsEventsAndStockAndTheOutboxSendsNothingTwice()
    {
        var environment = new Dictionary<string, string>(await DatabaseEnvironmentAsync())
        {
            ["Redis__Configuration"] = _redis.Configuration,
        };
        await using var bus = await BusRecorder.StartAsync(_redis.Configuration);

        List<(string Id, string Token)> early;
        List<(string Id, string Token)> later;
        string atBackup;
        await using (var server = await ApiServerProcess.StartAsync(environment))
        {
            using var client = server.CreateClient();
            early = [await PaidOrderAsync(client), await PaidOrderAsync(client), await PaidOrderAsync(client)];
            await WaitUntilOutboxSentAsync();
            atBackup = await DatabaseStateAsync();

            // Taken while the server is up and serving.
            var backup = await ApiServerProcess.RunCommandAsync(["backup", "--to", _backupFile], environment);
            Assert.True(backup.ExitCode == 0, backup.Output);
            Assert.StartsWith("Backed up the database to " + _backupFile, backup.Output, StringComparison.Ordinal);
            Assert.Single(backup.Output.Trim().Split('\n'));

            // A database in use is never overwritten by accident.
            var refused = await ApiServerProcess.RunCommandAsync(["restore", "--from", _backupFile], environment);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("is not empty", refused.Output, StringComparison.Ordinal);
            Assert.Contains("--force", refused.Output, StringComparison.Ordinal);

            later = [await PaidOrderAsync(client), await PaidOrderAsync(client)];
            await WaitUntilOutboxSentAsync();
            server.Kill();
        }

        await DestroyDatabaseAsync();
        var restored = await ApiServerProcess.RunCommandAsync(["restore", "--from", _backupFile], environment);
        Assert.True(restored.ExitCode == 0, restored.Output);
        Assert.StartsWith("Restored the database from " + _backupFile, restored.Output, StringComparison.Ordinal);

        // Orders, payments, events, stock levels and the outbox exactly as they were at the backup.
        Assert.Equal(atBackup, await DatabaseStateAsync());

        var publishedBeforeRestart = bus.Messages.Count;
        await using (var server = await ApiServerProcess.StartAsync(environment))
        {
            using var client = server.CreateClient();
            foreach (var (id, token) in early)
            {
                var order = (await client.DataAsync(Operation("Order"), new { id, token }))["order"]!;
                Assert.Equal("PAYMENT_CAPTURED", order["status"]!.GetValue<string>());
                Assert.Equal([1, 2, 3], order["events"]!.AsArray().Select(e => e!["sequence"]!.GetValue<int>()));
            }

            foreach (var (id, token) in later)
            {
                Assert.Null((await client.DataAsync(Operation("Order"), new { id, token }))["order"]);
            }

            // The outbox resumes: a new order's events go out, once each, and nothing from before the backup goes out again.
            var (newId, _) = await PaidOrderAsync(client);
            var newOrder = GlobalId.Decode(newId, "Order");
            await bus.WaitForAsync(b => b.CountFor(newOrder) == 3, Wait);
            await WaitUntilOutboxSentAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Equal(3, bus.Messages.Count - publishedBeforeRestart);
            Assert.Empty(bus.Duplicates());
            foreach (var (id, _) in early.Concat(later))
            {
                Assert.Equal(3, bus.CountFor(GlobalId.Decode(id, "Order")));
            }
        }
    }

    /// <summary>Full checkout paid with an approving token, then captured through the signed sandbox webhook.</summary>
    private async Task<(string Id, string Token)> PaidOrderAsync(HttpClient client)
    {
        var (id, token) = await OrderAsync(client);
        await using (var connection = OpenConnection())
        {
            await SendWebhookAsync(client, "payment.captured", await AuthorizationIdAsync(connection, id));
        }

        var status = (await client.DataAsync(Operation("Order"), new { id, token }))["order"]!["status"]!.GetValue<string>();
        Assert.Equal("PAYMENT_CAPTURED", status);
        return (id, token);
    }

    private async Task WaitUntilOutboxSentAsync()
    {
        var deadline = DateTime.UtcNow + Wait;
        while (await ScalarAsync("SELECT count(*) FROM outbox_messages WHERE published_at IS NULL") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The outbox was not sent within " + Wait);
            await Task.Delay(200);
        }
    }

    /// <summary>The rows that make up the orders, their money, history and stock, and the outbox, as one comparable text.</summary>
    private async Task<string> DatabaseStateAsync()
    {
        string[] queries =
        [
            "SELECT id, number, state, last_sequence FROM orders ORDER BY id",
            "SELECT order_id, status, authorization_id, captured_amount, refunded_amount FROM payments ORDER BY order_id",
            "SELECT order_id, sequence, transition, to_state, actor FROM order_events ORDER BY order_id, sequence",
            "SELECT variant_id, location_id, on_hand, allocated FROM stock_levels ORDER BY variant_id, location_id",
            "SELECT id, topic, payload, published_at IS NOT NULL FROM outbox_messages ORDER BY id",
        ];
        var text = new StringBuilder();
        await using var connection = OpenConnection();
        await connection.OpenAsync();
        foreach (var sql in queries)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.AppendLine();
                rows++;
            }

            Assert.True(rows > 0, "No rows from " + sql);
        }

        return text.ToString();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = OpenConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

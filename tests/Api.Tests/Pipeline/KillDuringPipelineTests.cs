using System.Text.Json.Nodes;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Headless.Api.Tests.Pipeline;

/// <summary>
/// A real API process killed with SIGKILL while its pipeline is inside provider calls — after the operator credited
/// and the carrier booked, before the steps committed — then started again on the same database: every order
/// reaches its final state and every effect happened exactly once at the (database-backed) sandboxes.
/// </summary>
public sealed class KillDuringPipelineTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-kill-{Guid.NewGuid():N}.db");

    private Dictionary<string, string> Environment(TimeSpan providerDelay) => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__Headless"] = $"Data Source={_path}",
        ["Outbox__Steps__Enabled"] = "true",
        ["Outbox__Steps__Lease"] = "00:00:10",
        ["Outbox__Steps__BatchSize"] = "1",
        ["Outbox__Steps__RetryDelay"] = "00:00:00.100",
        ["Outbox__Steps__PollInterval"] = "00:00:00.200",
        ["Fulfillment__Sandbox__Delay"] = providerDelay.ToString(),
        ["Carriers__Sandbox__Delay"] = providerDelay.ToString(),
    };

    [Fact]
    public async Task OrdersKilledMidPipelineFinishAfterARestartWithEveryEffectExactlyOnce()
    {
        var orders = new List<(string Id, string Token, string Final)>();
        await using (var doomed = await ApiServerProcess.StartAsync(Environment(TimeSpan.FromMinutes(5))))
        {
            using var client = doomed.CreateClient();
            var topUp = await PipelineSteps.TopUpVariantAsync(client);
            for (var i = 0; i < 3; i++)
            {
                var (id, token) = await PipelineSteps.PlaceTopUpAsync(client, variantId: topUp);
                orders.Add((id, token, "FULFILLED"));
            }

            var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
            var (physical, physicalToken) = await PipelineSteps.PlacePhysicalAsync(client, variantId);
            orders.Add((physical, physicalToken, "SHIPPED"));

            // Kill once every credit and the booking are done at the sandboxes, while the steps wait for their answers.
            await WaitForEffectsAsync(operatorCredits: 3, bookings: 1);
            foreach (var (id, token, _) in orders)
            {
                var status = (await PipelineSteps.OrderAsync(client, id, token))["status"]!.GetValue<string>();
                Assert.Contains(status, new[] { "PAYMENT_CAPTURED", "FULFILLING" });
            }
        } // SIGKILL: ApiServerProcess kills the process tree on dispose.

        await using var restarted = await ApiServerProcess.StartAsync(Environment(TimeSpan.Zero));
        using var again = restarted.CreateClient();
        var finals = new List<JsonObject>();
        foreach (var (id, token, final) in orders)
        {
            finals.Add(await PipelineSteps.WaitForStatusAsync(again, id, token, TimeSpan.FromSeconds(60), final));
        }

        // One capture per order, one credit per top-up, one parcel: the repeats after the restart got the first answers.
        Assert.Equal(new Dictionary<string, long> { ["carrier.booking"] = 1, ["operator.top-up"] = 3, ["payment.capture"] = 4 }, await EffectCountsAsync());
        var references = finals.Take(3).Select(o => o["lines"]![0]!["fulfillment"]!["reference"]!.GetValue<string>()).ToList();
        Assert.Equal(3, references.Distinct().Count());
        Assert.Equal(references.Order(), (await LedgerReferencesAsync("operator.top-up")).Order());
        Assert.Equal(await LedgerReferencesAsync("carrier.booking"), [finals[3]["trackingNumber"]!.GetValue<string>()]);
        Assert.Single(finals[3]["shipments"]!.AsArray());
        // The step after shipping (capture on shipment, a no-op here) may still be finishing.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (await ScalarAsync("SELECT count(*) FROM pipeline_steps WHERE status <> 'Done'") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "Some steps never finished.");
            await Task.Delay(100);
        }

        Assert.True(await ScalarAsync("SELECT count(*) FROM pipeline_steps WHERE attempts > 1") >= 4, "The interrupted steps ran again after the restart.");
    }

    private async Task WaitForEffectsAsync(int operatorCredits, int bookings)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var counts = await EffectCountsAsync();
            if (counts.GetValueOrDefault("operator.top-up") == operatorCredits && counts.GetValueOrDefault("carrier.booking") == bookings)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The sandboxes did not get there: {string.Join(", ", counts)}");
            await Task.Delay(100);
        }
    }

    private async Task<Dictionary<string, long>> EffectCountsAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, count(*) FROM sandbox_effects GROUP BY kind";
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private async Task<List<string>> LedgerReferencesAsync(string kind)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT reference FROM sandbox_effects WHERE kind = $kind";
        command.Parameters.AddWithValue("$kind", kind);
        await using var reader = await command.ExecuteReaderAsync();
        var references = new List<string>();
        while (await reader.ReadAsync())
        {
            references.Add(reader.GetString(0));
        }

        return references;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }

        return Task.CompletedTask;
    }
}

using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Tests.Shared;
using Npgsql;

namespace Headless.Api.Tests.Pipeline;

/// <summary>
/// Two real API processes on one PostgreSQL database and one Redis, both running the pipeline, with orders placed on
/// either: every order reaches its final state and every effect at the sandboxes happened once per order — no step
/// was run to effect by both instances, though both claim steps from the same table. Provider calls take longer than
/// a lease, so each instance keeps its steps only by renewing.
/// </summary>
[Collection(PostgresStorefront.Name)]
public sealed class TwoInstancePipelineTests(PostgresServer postgres) : IAsyncLifetime
{
    private const int TopUps = 10;
    private const int Parcels = 4;

    private readonly RedisServer _redis = new();
    private readonly List<ApiServerProcess> _instances = [];
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_redis).InitializeAsync();
        _connectionString = await postgres.CreateDatabaseAsync("twopipelines");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Headless"] = _connectionString,
            ["Redis__Configuration"] = _redis.Configuration,
            ["Outbox__Steps__Enabled"] = "true",
            ["Outbox__Steps__Lease"] = "00:00:02",
            ["Outbox__Steps__BatchSize"] = "2",
            ["Outbox__Steps__RetryDelay"] = "00:00:00.100",
            ["Outbox__Steps__PollInterval"] = "00:00:00.100",
            ["Fulfillment__Sandbox__Delay"] = "00:00:03",
            ["Carriers__Sandbox__Delay"] = "00:00:03",
        };
        // The first migrates and seeds; the second starts on the finished database.
        _instances.Add(await ApiServerProcess.StartAsync(environment));
        _instances.Add(await ApiServerProcess.StartAsync(environment));
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await ((IAsyncLifetime)_redis).DisposeAsync();
    }

    [Fact]
    public async Task OrdersPlacedOnTwoInstancesRunEveryStepOnceToEffect()
    {
        using var first = _instances[0].CreateClient();
        using var second = _instances[1].CreateClient();
        var clients = new[] { first, second };
        var topUp = await PipelineSteps.TopUpVariantAsync(first);
        var (physical, _, _) = await CheckoutSteps.PhysicalVariantAsync(first, 1);

        var placed = await Task.WhenAll(
            Enumerable.Range(0, TopUps).Select(async i => (await PipelineSteps.PlaceTopUpAsync(clients[i % 2], variantId: topUp), "FULFILLED"))
                .Concat(Enumerable.Range(0, Parcels).Select(async i => (await PipelineSteps.PlacePhysicalAsync(clients[i % 2], physical), "SHIPPED"))));

        foreach (var ((id, token), final) in placed)
        {
            // Read through the other instance than most: both see the same orders.
            await PipelineSteps.WaitForStatusAsync(second, id, token, TimeSpan.FromSeconds(120), final);
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (await ScalarAsync("SELECT count(*) FROM pipeline_steps WHERE status <> 'Done'") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "Some steps never finished.");
            await Task.Delay(200);
        }

        Assert.Equal(
            new Dictionary<string, long> { ["carrier.booking"] = Parcels, ["operator.top-up"] = TopUps, ["payment.capture"] = TopUps + Parcels },
            await EffectCountsAsync());
        // Each credit and booking is one order's: none was made twice under two keys.
        Assert.Equal(TopUps + Parcels, await ScalarAsync("SELECT count(DISTINCT subject) FROM sandbox_effects WHERE kind IN ('operator.top-up', 'carrier.booking')"));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM pipeline_steps WHERE attempts > 1"));
    }

    private async Task<Dictionary<string, long>> EffectCountsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT kind, count(*) FROM sandbox_effects GROUP BY kind", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

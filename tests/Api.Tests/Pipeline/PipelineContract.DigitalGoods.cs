using System.Text.Json.Nodes;
using Headless.Api.Storefront;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Storefront;
using Headless.Infrastructure.Fulfillment.DigitalCodes;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Pipeline;

/// <summary>Gift-card codes and vouchers: issued once, stored encrypted, shown only on the owner's order; and parcels in between.</summary>
public abstract partial class PipelineContract
{
    private const string CodeQuery = """
        query Order($id: ID!, $token: String!) {
          order(id: $id, token: $token) { status lines { sku fulfillment { status reference codes } } events { note } }
        }
        """;

    [Fact]
    public async Task ADigitalOrderShowsItsGeneratedCodeToItsOwnerOnlyAndStoresItEncrypted()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var (variantId, sku) = await GiftCardVariantAsync(client);

        var (id, token) = await PlaceGiftCardAsync(client, variantId, quantity: 2);
        await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "FULFILLED");
        var (otherId, otherToken) = await PlaceGiftCardAsync(client, variantId);
        await PipelineSteps.WaitForStatusAsync(client, otherId, otherToken, Patience, "FULFILLED");

        var order = await CodesOrderAsync(client, id, token);
        var fulfillment = order!["lines"]![0]!["fulfillment"]!;
        var codes = fulfillment["codes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Equal(2, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$", c));
        var reference = fulfillment["reference"]!.GetValue<string>();
        Assert.StartsWith(DigitalCodeIssuer.ReferencePrefix, reference, StringComparison.Ordinal);
        Assert.DoesNotContain(order["events"]!.AsArray(), e => codes.Any(c => e!["note"]?.GetValue<string>()?.Contains(c, StringComparison.Ordinal) == true));

        // Another order's token, a wrong token or none: no order, so no code.
        Assert.Null(await CodesOrderAsync(client, id, otherToken));
        Assert.Null(await CodesOrderAsync(client, id, "not-a-token"));
        var other = (await CodesOrderAsync(client, otherId, otherToken))!["lines"]![0]!["fulfillment"]!["codes"]!.AsArray();
        Assert.DoesNotContain(other, c => codes.Contains(c!.GetValue<string>()));

        await using var scope = api.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().DigitalCodes.AsNoTracking().Where(c => c.Sku == sku).ToListAsync();
        Assert.Equal(3, stored.Count);
        Assert.All(stored, c => Assert.True(c.Generated));
        Assert.DoesNotContain(stored, c => codes.Any(code => c.ProtectedCode.Contains(code, StringComparison.Ordinal) || c.CodeIndex.Contains(code, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PoolCodesGoToOneOrderEachAndAnEmptyPoolParksTheStepUntilCodesAreAdded()
    {
        await using var probe = await StartAsync();
        using var probeClient = probe.CreateClient();
        var (_, sku) = await GiftCardVariantAsync(probeClient);
        await probe.DisposeAsync();

        await using var api = await StartAsync(With(($"DigitalCodes:Pools:{sku}:0", "POOL-AAAA-0001"), ($"DigitalCodes:Pools:{sku}:1", "POOL-AAAA-0002")));
        using var client = api.CreateClient();
        var (variantId, _) = await GiftCardVariantAsync(client);
        var orders = new List<(string Id, string Token)>();
        for (var i = 0; i < 3; i++)
        {
            orders.Add(await PlaceGiftCardAsync(client, variantId));
        }

        var parked = await WaitForParkedAsync(api.Services);
        Assert.Equal(OrderPipelineRoutes.ServiceFulfillment, parked.Handler);
        Assert.Equal(1, parked.Attempts);
        Assert.Contains($"The code pool for {sku} is empty", parked.Reason, StringComparison.Ordinal);
        var waiting = orders.Single(o => o.Id == GlobalId.Encode("Order", parked.OrderId));
        Assert.Equal("PAYMENT_CAPTURED", (await CodesOrderAsync(client, waiting.Id, waiting.Token))!["status"]!.GetValue<string>());
        var fulfilled = new List<string>();
        foreach (var (id, token) in orders.Where(o => o != waiting))
        {
            await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "FULFILLED");
            fulfilled.Add((await CodesOrderAsync(client, id, token))!["lines"]![0]!["fulfillment"]!["codes"]![0]!.GetValue<string>());
        }

        Assert.Equal(["POOL-AAAA-0001", "POOL-AAAA-0002"], fulfilled.Order());

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var issuer = scope.ServiceProvider.GetRequiredService<DigitalCodeIssuer>();
            Assert.Equal(1, await issuer.AddToPoolAsync(sku, ["POOL-AAAA-0002", "POOL-AAAA-0003"], CancellationToken.None));
            Assert.True(await scope.ServiceProvider.GetRequiredService<Infrastructure.Pipeline.PipelineSteps>().RetryAsync(parked.Id));
        }

        await PipelineSteps.WaitForStatusAsync(client, waiting.Id, waiting.Token, Patience, "FULFILLED");
        Assert.Equal("POOL-AAAA-0003", (await CodesOrderAsync(client, waiting.Id, waiting.Token))!["lines"]![0]!["fulfillment"]!["codes"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task RacingIssuesNeverHandOutAPoolCodeTwice()
    {
        await using var api = await StartAsync();
        const string sku = "RACE-GIFT";
        var pool = Enumerable.Range(1, 6).Select(i => $"RACE-{i:D4}").ToList();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            Assert.Equal(6, await scope.ServiceProvider.GetRequiredService<DigitalCodeIssuer>().AddToPoolAsync(sku, pool, CancellationToken.None));
        }

        // 16 lines at once, each asked for twice (a repeated step): 6 lines get one code each, the rest find the pool empty.
        var lines = Enumerable.Range(0, 16).Select(_ => Guid.NewGuid()).ToList();
        var outcomes = await Task.WhenAll(lines.Concat(lines).Select(line => Task.Run(async () =>
        {
            try
            {
                return (line, Reference: await api.Services.GetRequiredService<DigitalCodeIssuer>().IssueAsync(line, sku, 1, CancellationToken.None));
            }
            catch (PoolEmptyException)
            {
                return (line, Reference: (string?)null);
            }
        })));

        var codes = await api.Services.GetRequiredService<DigitalCodeIssuer>().CodesForAsync(lines, CancellationToken.None);
        var issued = lines.SelectMany(l => codes[l]).ToList();
        Assert.Equal(6, issued.Count);
        Assert.Equal(pool, issued.Select(c => c.Code).Order());
        Assert.All(lines, l => Assert.True(codes[l].Count() <= 1));
        // A line that has a code says so on every run that returned.
        Assert.All(outcomes.Where(o => o.Reference is not null), o => Assert.Single(codes[o.line]));
    }

    private static async Task<JsonObject?> CodesOrderAsync(HttpClient client, string id, string token) =>
        (await client.DataAsync(CodeQuery, new { id, token }))["order"] as JsonObject;

    private static async Task<(string VariantId, string Sku)> GiftCardVariantAsync(HttpClient client)
    {
        var data = await client.DataAsync("""
            { products(first: 40, where: { kinds: [DIGITAL] }) { nodes { slug variants { id sku } } } }
            """);
        var variant = data["products"]!["nodes"]!.AsArray().OrderBy(p => p!["slug"]!.GetValue<string>(), StringComparer.Ordinal).First()!["variants"]![0]!;
        return (variant["id"]!.GetValue<string>(), variant["sku"]!.GetValue<string>());
    }

    private static async Task<(string OrderId, string Token)> PlaceGiftCardAsync(HttpClient client, string variantId, int quantity = 1)
    {
        var created = await CheckoutSteps.CreateCartAsync(client, new { email = "ada@example.com", lines = new[] { new { variantId, quantity } } });
        CheckoutSteps.AssertNoErrors(created);
        var placed = await CheckoutSteps.PlaceOrderAsync(client, created["cart"]!["id"]!.GetValue<string>());
        CheckoutSteps.AssertNoErrors(placed);
        return (placed["order"]!["id"]!.GetValue<string>(), placed["orderToken"]!.GetValue<string>());
    }
}

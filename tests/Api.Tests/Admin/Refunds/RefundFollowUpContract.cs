using System.Globalization;
using System.Text.Json.Nodes;
using Headless.Api.Storefront;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Identity;
using Headless.Api.Tests.Pipeline;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Domain.Identity;
using Headless.Domain.Payments;
using Headless.Infrastructure.Payments.Refunds;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Refunds;

/// <summary>
/// A refund the sandbox provider answers "pending" for (amounts ending in .07 or .13) is followed up in the
/// background until it is SUCCEEDED or FAILED, with back-off, by one instance at a time; staff see its status.
/// </summary>
public abstract class RefundFollowUpContract
{
    private const string Capture = "mutation ($input: CaptureOrderPaymentInput!) { captureOrderPayment(input: $input) { errors { code } } }";
    private const string RefundOrder = "mutation ($input: RefundOrderInput!) { refundOrder(input: $input) { refund { id status } errors { code message } } }";
    private const string Read = "query ($id: ID!) { order(id: $id) { status refunds { status failure amount { amount } } events { transition } } }";

    /// <summary>A fresh database; <paramref name="background"/> runs the pipeline and the sweeps by themselves.</summary>
    protected abstract Task<StorefrontApiFactory> StartAsync(bool background, IReadOnlyDictionary<string, string> settings);

    protected static Dictionary<string, string> Settings(bool background, IReadOnlyDictionary<string, string> extra)
    {
        var settings = new Dictionary<string, string>(background ? TestHostSettings.Pipeline : new Dictionary<string, string>())
        {
            ["Authentication:SessionCheckCacheDuration"] = "00:00:00",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task<string> OwnerAsync(StorefrontApiFactory api, HttpClient client)
    {
        var email = $"owner-{Guid.NewGuid():N}@shop.test";
        return await client.StaffTokenAsync(email, await api.CreateStaffAsync(email, StaffRole.Owner));
    }

    private static JsonNode Data(JsonObject body, string field)
    {
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]![field]!;
    }

    /// <summary>A captured physical order and a refund of <paramref name="amount"/> asked for by staff: the order's global ID.</summary>
    private static async Task<string> CapturedAndRefundedAsync(HttpClient client, string owner, string amount)
    {
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        var (orderId, _) = await PipelineSteps.PlacePhysicalAsync(client, variantId);
        var (_, captured) = await client.AdminAsync(Capture, new { input = new { orderId, idempotencyKey = "capture" } }, bearer: owner);
        Assert.Empty(Data(captured, "captureOrderPayment")["errors"]!.AsArray());
        var refund = await RefundAsync(client, owner, orderId, amount);
        Assert.Equal("PENDING", (string?)refund["status"]);
        return orderId;
    }

    private static async Task<JsonNode> RefundAsync(HttpClient client, string owner, string orderId, string amount)
    {
        var (_, refunded) = await client.AdminAsync(RefundOrder, new { input = new { orderId, amount, reason = "Goodwill", idempotencyKey = "refund-" + amount } }, bearer: owner);
        var payload = Data(refunded, "refundOrder");
        // A refund the provider has not answered is reported as such to staff, with its status.
        Assert.All(payload["errors"]!.AsArray(), e => Assert.Equal("PROVIDER_UNAVAILABLE", (string?)e!["code"]));
        return payload["refund"]!;
    }

    private static async Task<JsonNode> OrderAsync(HttpClient client, string owner, string orderId)
    {
        var (_, read) = await client.AdminAsync(Read, new { id = orderId }, bearer: owner);
        return Data(read, "order");
    }

    private static async Task<Payment> PaymentAsync(StorefrontApiFactory api, string orderId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var id = GlobalId.Decode(orderId, "Order");
        return await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().Payments.AsNoTracking().SingleAsync(p => p.OrderId == id);
    }

    private static async Task<int?> FollowUpAsync(StorefrontApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RefundFollowUp>().FollowUpDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task APendingRefundIsAskedAgainWithGrowingWaitsUntilItSucceedsAndTheOrderFollows()
    {
        await using var api = await StartAsync(background: false, new Dictionary<string, string> { ["Payments:RefundRetryAfter"] = "00:00:01" });
        using var client = api.CreateClient();
        var owner = await OwnerAsync(api, client);
        var orderId = await CapturedAndRefundedAsync(client, owner, "1.07");

        var tooSoon = await FollowUpAsync(api);
        var runs = new List<int?>();
        JsonNode? stillPending = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline && runs.Sum(r => r ?? 0) < 2; await Task.Delay(100))
        {
            runs.Add(await FollowUpAsync(api));
            if (runs.Sum(r => r ?? 0) == 1)
            {
                stillPending ??= await OrderAsync(client, owner, orderId);
            }
        }

        var done = await OrderAsync(client, owner, orderId);

        // Asked twice in all (pending, then succeeded), and not at every run: the waits between asks grow.
        Assert.Equal(0, tooSoon);
        Assert.Equal(2, runs.Sum(r => r ?? 0));
        Assert.True(runs.Count > 4, string.Join(",", runs));
        Assert.Equal("PENDING", (string?)stillPending!["refunds"]![0]!["status"]);
        Assert.DoesNotContain(stillPending["events"]!.AsArray(), e => (string?)e!["transition"] == "REFUND_PARTIALLY");
        Assert.Equal("SUCCEEDED", (string?)done["refunds"]![0]!["status"]);
        Assert.Contains(done["events"]!.AsArray(), e => (string?)e!["transition"] == "REFUND_PARTIALLY");
        var payment = await PaymentAsync(api, orderId);
        Assert.Equal(1.07m, payment.RefundedAmount);
    }

    [Fact]
    public async Task ARefundTheProviderRefusesAfterPendingEndsFailedAndItsAmountIsRefundableAgain()
    {
        await using var api = await StartAsync(background: false, new Dictionary<string, string> { ["Payments:RefundRetryAfter"] = "00:00:00.100" });
        using var client = api.CreateClient();
        var owner = await OwnerAsync(api, client);
        var orderId = await CapturedAndRefundedAsync(client, owner, "1.13");
        var captured = (await PaymentAsync(api, orderId)).CapturedAmount;

        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Equal(1, await FollowUpAsync(api));

        var refund = (await OrderAsync(client, owner, orderId))["refunds"]![0]!;
        Assert.Equal("FAILED", (string?)refund["status"]);
        Assert.False(string.IsNullOrEmpty((string?)refund["failure"]));
        var payment = await PaymentAsync(api, orderId);
        Assert.Equal((captured, 0m), (payment.Refundable, payment.RefundedAmount));
        await AssertAuditedBySystemAsync(api, client, owner, "FAILED");
    }

    [Fact]
    public async Task WhatTheFollowUpChangesIsInTheAuditLogWithTheSystemAsActorAndAnAskThatChangesNothingIsNot()
    {
        await using var api = await StartAsync(background: false, new Dictionary<string, string> { ["Payments:RefundRetryAfter"] = "00:00:00.100", ["Payments:RefundMaxBackoff"] = "00:00:00.100" });
        using var client = api.CreateClient();
        var owner = await OwnerAsync(api, client);
        await CapturedAndRefundedAsync(client, owner, "1.07");

        // 1.07 is pending for two asks: the first ask changes nothing and writes nothing; the second records SUCCEEDED.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Equal(1, await FollowUpAsync(api));
        Assert.Empty(await FollowUpEntriesAsync(client, owner));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Equal(1, await FollowUpAsync(api));
        await AssertAuditedBySystemAsync(api, client, owner, "SUCCEEDED");
    }

    private static async Task<JsonArray> FollowUpEntriesAsync(HttpClient client, string owner)
    {
        const string Audit = "query ($where: AuditLogFilter) { auditLog(first: 100, where: $where) { nodes { actorKind actorId action targetType targetId outcome changes occurredAt } } }";
        var (_, body) = await client.AdminAsync(Audit, new { where = new { action = RefundFollowUp.AuditAction } }, bearer: owner);
        return Data(body, "auditLog")["nodes"]!.AsArray();
    }

    /// <summary>One entry by the system for the follow-up's change of the one refund, written with it: the refund's new status is in it.</summary>
    private static async Task AssertAuditedBySystemAsync(StorefrontApiFactory api, HttpClient client, string owner, string status)
    {
        var entries = await FollowUpEntriesAsync(client, owner);
        Assert.True(entries.Count == 1, entries.ToJsonString());
        var entry = entries[0]!;
        await using var scope = api.Services.CreateAsyncScope();
        var refund = await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().Refunds.AsNoTracking().SingleAsync();
        Assert.Equal(("system", RefundFollowUp.CheckpointName, "Refund", refund.Id.ToString(), "changed"),
            ((string?)entry["actorKind"], (string?)entry["actorId"], (string?)entry["targetType"], (string?)entry["targetId"], (string?)entry["outcome"]));
        var changes = (string)entry["changes"]!;
        Assert.Contains(status, changes, StringComparison.OrdinalIgnoreCase);
        if (status == "SUCCEEDED")
        {
            // The order's partial-refund event is in the same entry (the amount was held on the payment when the refund started).
            Assert.Contains("\"RefundPartially\"", changes, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("SandboxEffect", changes, StringComparison.Ordinal);

        Assert.Equal(refund.Status.ToString().ToUpperInvariant(), status);
    }

    [Fact]
    public async Task SweepsRunningAtOnceAskAboutAPendingRefundOnce()
    {
        await using var api = await StartAsync(background: false, new Dictionary<string, string> { ["Payments:RefundRetryAfter"] = "00:00:00.100" });
        using var client = api.CreateClient();
        var owner = await OwnerAsync(api, client);
        var orderId = await CapturedAndRefundedAsync(client, owner, "2.07");
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => FollowUpAsync(api))));

        // A second ask would have succeeded (2.07 is pending for two asks): it is still pending, asked once.
        Assert.Equal(1, runs.Sum(r => r ?? 0));
        Assert.Equal("PENDING", (string?)(await OrderAsync(client, owner, orderId))["refunds"]![0]!["status"]);
    }

    [Fact]
    public async Task TheBackgroundSweepOfARunningHostFinishesAPendingRefundByItself()
    {
        await using var api = await StartAsync(background: true, new Dictionary<string, string>
        {
            ["Payments:RefundRetryAfter"] = "00:00:00.100",
            ["Payments:RefundFollowUpInterval"] = "00:00:00.200",
            ["Payments:RefundMaxBackoff"] = "00:00:00.400",
        });
        using var client = api.CreateClient();
        var owner = await OwnerAsync(api, client);
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        var (orderId, token) = await PipelineSteps.PlacePhysicalAsync(client, variantId);
        await PipelineSteps.WaitForStatusAsync(client, orderId, token, TimeSpan.FromSeconds(30), "SHIPPED", "DELIVERED");
        Assert.Equal("PENDING", (string?)(await RefundAsync(client, owner, orderId, "3.07"))["status"]);

        string? status = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline && status != "SUCCEEDED"; await Task.Delay(200))
        {
            status = (string?)(await OrderAsync(client, owner, orderId))["refunds"]![0]!["status"];
        }

        Assert.Equal("SUCCEEDED", status);
        Assert.Equal(3.07m, (await PaymentAsync(api, orderId)).RefundedAmount);
        Assert.Equal(3.07m, decimal.Parse((string)(await OrderAsync(client, owner, orderId))["refunds"]![0]!["amount"]!["amount"]!, CultureInfo.InvariantCulture));
    }
}

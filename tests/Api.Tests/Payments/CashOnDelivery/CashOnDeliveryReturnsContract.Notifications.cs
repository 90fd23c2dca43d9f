using System.Globalization;
using Headless.Api.Tests.Pipeline;
using Headless.Infrastructure.Integrations.Notifications;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Tests.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Payments.CashOnDelivery;

/// <summary>The shopper hears of the refusal once, by email, from the pipeline's outbox through a real SMTP listener.</summary>
public abstract partial class CashOnDeliveryReturnsContract
{
    [Fact]
    public async Task ARefusedCashOnDeliveryParcelMailsTheShopperTheDeliveryRefusedMessageOnceThroughSmtp()
    {
        await using var smtp = SmtpListener.Start();
        var settings = Settings();
        settings["Integrations:Feed:Interval"] = "00:00:00.050";
        settings["Notifications:PollInterval"] = "00:00:00.050";
        settings["Notifications:Smtp:Host"] = "127.0.0.1";
        settings["Notifications:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        settings["Notifications:Smtp:EnableSsl"] = "false";
        settings["Notifications:Smtp:From"] = "Shop <shop@example.net>";
        await using var api = await StartAsync(settings);
        using var client = api.CreateClient();

        // The notification checkpoint exists before the order, so the order's events are after it (a new one starts at the end).
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationScheduler>().ScheduleAsync();
        }

        var (variantId, _, _) = await Checkout.CheckoutSteps.PhysicalVariantAsync(client, 2);
        var (id, token, tracking) = await ShippedCashOnDeliveryOrderAsync(client, variantId);
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "OUT_FOR_DELIVERY"));
        var refusal = $"trk_{Guid.NewGuid():N}";
        Assert.Equal("Processed", await PostAsync(client, refusal, tracking, "REFUSED"));
        Assert.Equal("Replayed", await PostAsync(client, refusal, tracking, "REFUSED"));
        var number = (await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "CANCELLED"))["number"]!.GetValue<string>();

        // Confirmation, shipped, refused: the order's three customer messages.
        await smtp.WaitForAsync(3, Patience);
        await WaitForSentAsync(api.Services, 3);
        await Task.Delay(500);

        Assert.Equal([$"Order {number} has shipped", $"Order {number} was not delivered", $"Your order {number} is confirmed"], smtp.Messages.Select(m => m.Header("Subject")).Order(StringComparer.Ordinal));
        var refused = Assert.Single(smtp.Messages, m => m.Header("Subject") == $"Order {number} was not delivered");
        Assert.Equal(["ada@example.com"], refused.Recipients);
        Assert.Contains("shop@example.net", refused.Header("From"), StringComparison.Ordinal);
        Assert.Contains("nothing is charged and the order is cancelled", refused.DecodedBody(), StringComparison.Ordinal);
        await using var check = api.Services.CreateAsyncScope();
        var deliveries = await check.ServiceProvider.GetRequiredService<HeadlessDbContext>().NotificationDeliveries.AsNoTracking().OrderBy(n => n.Position).ToListAsync();
        Assert.Equal([NotificationTemplates.OrderConfirmation, NotificationTemplates.Shipped, NotificationTemplates.DeliveryRefused], deliveries.Select(d => d.Template));
    }

    private static async Task WaitForSentAsync(IServiceProvider services, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var sent = await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().NotificationDeliveries.CountAsync(n => n.Status == NotificationStatus.Sent);
            if (sent >= count)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{sent} notifications sent after {Patience}, expected {count}.");
            await Task.Delay(100);
        }
    }
}

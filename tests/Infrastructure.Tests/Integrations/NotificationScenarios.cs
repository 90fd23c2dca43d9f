using Headless.Domain.Ordering;
using Headless.Infrastructure.Integrations.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Integrations;

/// <summary>Customer notifications received by a real SMTP listener on loopback, on every database.</summary>
internal static class NotificationScenarios
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public static (string, string?)[] Settings(SmtpListener smtp) =>
    [
        ("Integrations:Feed:Interval", "00:00:00.050"),
        ("Webhooks:PollInterval", "00:00:00"),
        ("Notifications:PollInterval", "00:00:00.050"),
        ("Notifications:RetrySchedule:0", "00:00:00.200"),
        ("Notifications:Smtp:Host", "127.0.0.1"),
        ("Notifications:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Notifications:Smtp:EnableSsl", "false"),
        ("Notifications:Smtp:From", "Shop <shop@example.net>"),
        ("Notifications:TrackingUrl", "https://parcels.example/t/{trackingNumber}"),
    ];

    public static async Task EachEventIsMailedOnceByTwoInstancesEvenAfterTheServerRefusedOnce(IntegrationDatabase database)
    {
        await using var smtp = SmtpListener.Start();
        smtp.DataReply = n => n == 1 ? "451 4.3.0 try again later" : "250 2.0.0 queued";
        var settings = Settings(smtp);
        await using var first = await database.StartInstanceAsync(settings);
        await using var second = await database.StartInstanceAsync(settings);

        // The checkpoint exists before the order, so the order's events are after it (a new checkpoint starts at the end).
        await first.InScopeAsync<NotificationScheduler, int>(s => s.ScheduleAsync());
        await using var sweeps1 = await RunningSweeps.StartAsync(first.Services);
        await using var sweeps2 = await RunningSweeps.StartAsync(second.Services);
        var order = (await OrderSteps.PlaceOrdersAsync(first, 1, "mail"))[0];
        await OrderSteps.ApplyAsync(first, order, OrderTransition.CapturePayment, OrderTransition.StartFulfillment, OrderTransition.Ship);

        await smtp.WaitForAsync(2, Wait);
        await Eventually.HoldsAsync(
            () => first.WithDbAsync(db => db.NotificationDeliveries.CountAsync(n => n.Status == NotificationStatus.Sent)),
            n => n == 2, Wait);
        await Task.Delay(500);

        var number = await first.WithDbAsync(db => db.Orders.Where(o => o.Id == order).Select(o => o.Number).SingleAsync());
        var tracking = await first.WithDbAsync(db => db.Orders.Where(o => o.Id == order).Select(o => o.TrackingNumber).SingleAsync());
        var messages = smtp.Messages.ToList();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal(["shopper@example.com"], m.Recipients));
        var confirmation = Assert.Single(messages, m => m.Header("Subject") == $"Your order {number} is confirmed");
        Assert.Contains("Content-Type: text/html", confirmation.Data, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Type: text/plain", confirmation.Data, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@headless>", confirmation.Header("Message-ID"), StringComparison.Ordinal);
        var shipped = Assert.Single(messages, m => m.Header("Subject") == $"Order {number} has shipped");
        Assert.Contains($"https://parcels.example/t/{tracking}", shipped.DecodedBody(), StringComparison.Ordinal);

        var deliveries = await first.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().OrderBy(n => n.Position).ToListAsync());
        Assert.Equal([NotificationTemplates.OrderConfirmation, NotificationTemplates.Shipped], deliveries.Select(d => d.Template));
        Assert.Equal(3, deliveries.Sum(d => d.Attempts));

        // Operators see that mail went out, never to whom.
        Assert.All([first, second], host => Assert.DoesNotContain(host.Logs.Entries, e =>
            e.Message.Contains("shopper@example.com", StringComparison.OrdinalIgnoreCase) || (e.Exception?.ToString() ?? "").Contains("shopper@example.com", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains([.. first.Logs.Entries, .. second.Logs.Entries], e => e.Message.Contains("s***@e***", StringComparison.Ordinal));
    }
}

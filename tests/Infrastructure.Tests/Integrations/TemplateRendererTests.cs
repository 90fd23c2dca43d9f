using Headless.Infrastructure.Integrations.Feed;
using Headless.Infrastructure.Integrations.Notifications;

namespace Headless.Infrastructure.Tests.Integrations;

public sealed class TemplateRendererTests
{
    private static readonly Dictionary<string, string> Values = new() { ["orderNumber"] = "HL-1", ["storeName"] = "<Tom & Jerry>" };

    [Fact]
    public void PlaceholdersAreFilledAndHtmlValuesEncoded()
    {
        Assert.Equal("Order HL-1 from <Tom & Jerry>", TemplateRenderer.Render("Order {{orderNumber}} from {{ storeName }}", Values, html: false));
        Assert.Equal("<p>&lt;Tom &amp; Jerry&gt;</p>", TemplateRenderer.Render("<p>{{storeName}}</p>", Values, html: true));
    }

    [Fact]
    public void AMissingValueOrAnUnclosedPlaceholderThrowsInsteadOfSendingBraces()
    {
        Assert.Throws<KeyNotFoundException>(() => TemplateRenderer.Render("{{trackingUrl}}", Values, html: false));
        Assert.Throws<FormatException>(() => TemplateRenderer.Render("Order {{orderNumber", Values, html: false));
    }

    [Fact]
    public void EveryTemplateRendersWithTheValuesTheSenderProvidesAndNamesAKnownEventType()
    {
        var values = new Dictionary<string, string> { ["orderNumber"] = "n", ["total"] = "t", ["storeName"] = "s", ["trackingNumber"] = "k", ["trackingUrl"] = "u" };
        Assert.Equal(7, NotificationTemplates.All.Count);
        Assert.All(NotificationTemplates.All, t =>
        {
            Assert.Contains(t.EventType, IntegratorEventTypes.All);
            Assert.NotEmpty(TemplateRenderer.Render(t.Subject, values, false));
            Assert.NotEmpty(TemplateRenderer.Render(t.Text, values, false));
            Assert.StartsWith("<p>", TemplateRenderer.Render(t.Html, values, true), StringComparison.Ordinal);
        });
    }
}

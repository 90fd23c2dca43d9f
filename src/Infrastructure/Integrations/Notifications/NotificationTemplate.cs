namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>
/// A message for one integrator event type: subject, plain text and HTML, each with <c>{{name}}</c> placeholders
/// filled by <see cref="TemplateRenderer"/> (HTML-encoded in <see cref="Html"/>).
/// </summary>
public sealed record NotificationTemplate(string Key, string EventType, string Subject, string Text, string Html);

namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>Why an endpoint change was refused, with the input field at fault: the admin API's typed error.</summary>
public sealed record WebhookEndpointError(string Code, string Message, string? Field = null)
{
    public const string NotFound = "NOT_FOUND";
    public const string NameTaken = "NAME_TAKEN";
    public const string InvalidName = "INVALID_NAME";
    public const string InvalidUrl = "INVALID_URL";
    public const string UnknownEventType = "UNKNOWN_EVENT_TYPE";
    public const string ManagedByConfiguration = "MANAGED_BY_CONFIGURATION";
}

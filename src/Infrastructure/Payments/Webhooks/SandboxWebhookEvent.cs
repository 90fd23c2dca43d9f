namespace Headless.Infrastructure.Payments.Webhooks;

/// <summary>
/// The body of a sandbox webhook: <c>{"id":"evt_1","type":"payment.captured","data":{"authorizationId":"sbx_auth_…","amount":12.5}}</c>.
/// Types: payment.authorized, payment.captured, payment.failed, payment.refunded.
/// </summary>
public sealed record SandboxWebhookEvent(string Id, string Type, SandboxWebhookData Data)
{
    public const string Authorized = "payment.authorized";
    public const string Captured = "payment.captured";
    public const string Failed = "payment.failed";
    public const string Refunded = "payment.refunded";
}

namespace Headless.Infrastructure.Payments.Webhooks;

public enum SignatureCheck
{
    Valid,
    Malformed,
    BadSignature,
    Stale,
}

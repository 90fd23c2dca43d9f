namespace Headless.Infrastructure.Payments;

/// <summary>Test tokens the sandbox understands; any other token is declined.</summary>
public static class SandboxTokens
{
    public const string Approve = "tok_approve";
    public const string Decline = "tok_decline";

    /// <summary>The first attempt for an idempotency key fails transiently; a retry with the same key is approved.</summary>
    public const string TransientFailure = "tok_transient_failure";

    /// <summary>Authorization needs a second step; it completes (or fails) through a webhook.</summary>
    public const string RequiresAction = "tok_requires_action";
}

namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>SignInWithProviderInput</c> input.</summary>
internal sealed record SignInWithProviderInput(string Provider, string? IdToken, string? Nonce, string? Code, string? CodeVerifier, string? RedirectUri, string? CartId)
{
    // Tokens and codes must never reach a log line.
    public override string ToString() => $"SignInWithProviderInput {Provider}";
}

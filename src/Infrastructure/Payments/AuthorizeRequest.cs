using Headless.Domain.Common;

namespace Headless.Infrastructure.Payments;

/// <summary>
/// Reserve <see cref="Amount"/> on the shopper's payment method. <see cref="Token"/> is the provider's
/// one-time stand-in for the card; it is passed through and never stored or logged.
/// </summary>
public sealed record AuthorizeRequest(Money Amount, string Method, string Token, string IdempotencyKey, string Reference)
{
    // Records print their members; keep the token out of any log line that prints a request.
    public override string ToString() => $"Authorize {Amount} via {Method} for {Reference} (key {IdempotencyKey})";
}

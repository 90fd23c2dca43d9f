namespace Headless.Api.Storefront.Ordering.Inputs;

/// <summary>The <c>PaymentInput</c> input: the payment method and its provider token.</summary>
internal sealed record PaymentInput(string Method, string Token);

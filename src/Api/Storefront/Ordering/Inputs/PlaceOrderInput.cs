namespace Headless.Api.Storefront.Ordering.Inputs;

/// <summary>The <c>PlaceOrderInput</c> input.</summary>
internal sealed record PlaceOrderInput(string CartId, PaymentInput Payment, string IdempotencyKey);

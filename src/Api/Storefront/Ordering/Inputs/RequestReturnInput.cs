namespace Headless.Api.Storefront.Ordering.Inputs;

/// <summary>The <c>RequestReturnInput</c> input.</summary>
internal sealed record RequestReturnInput(string OrderId, string? Token, IReadOnlyList<ReturnLineInput> Lines, string Reason, string IdempotencyKey);

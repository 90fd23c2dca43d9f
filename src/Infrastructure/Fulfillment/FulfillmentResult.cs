namespace Headless.Infrastructure.Fulfillment;

/// <summary>
/// A provider's answer: a confirmation reference, or why not. A <see cref="Permanent"/> refusal (a number the
/// operator does not know) is final at once; any other failure is worth another attempt.
/// </summary>
public sealed record FulfillmentResult(string? Reference, string? Failure, bool Permanent = false)
{
    public bool Succeeded => Reference is not null;

    public static FulfillmentResult Confirmed(string reference) => new(reference, null);

    public static FulfillmentResult Failed(string reason, bool permanent = false) => new(null, reason, permanent);
}

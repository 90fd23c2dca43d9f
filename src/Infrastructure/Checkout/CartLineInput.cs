namespace Headless.Infrastructure.Checkout;

/// <summary>A variant, how many, and for services whom it is for (phone or account number).</summary>
public sealed record CartLineInput(Guid VariantId, int Quantity, string? Recipient = null);

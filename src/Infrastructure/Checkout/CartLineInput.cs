namespace Headless.Infrastructure.Checkout;

public sealed record CartLineInput(Guid VariantId, int Quantity);

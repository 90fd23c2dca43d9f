namespace Headless.Infrastructure.Checkout;

public sealed record CartLineUpdate(Guid LineId, int Quantity);

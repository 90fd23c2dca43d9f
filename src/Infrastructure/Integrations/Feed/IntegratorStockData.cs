namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>
/// What a <c>stock.low</c> event tells integrators: the variant, and its on-hand units over all locations right
/// after the change that took them below <see cref="Threshold"/>.
/// </summary>
public sealed record IntegratorStockData(Guid VariantId, string Sku, int OnHand, int Threshold);

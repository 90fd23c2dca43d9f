namespace Headless.Infrastructure.Catalog.Caching;

/// <summary>A variant's available stock as cached, and when the earliest live reservation of it lapses (then it rises).</summary>
public sealed record StockRecord(int Available, DateTimeOffset? NextLapse);

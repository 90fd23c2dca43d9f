namespace Headless.Infrastructure.Catalog;

/// <summary>A product picture, in display order by <see cref="Position"/>.</summary>
public sealed record ImageRecord(Guid ProductId, string Url, string AltText, int Position);

namespace Headless.Infrastructure.Catalog;

/// <summary>A descriptive fact of a product, e.g. Brand = Nimbus.</summary>
public sealed record AttributeRecord(Guid ProductId, string Name, string Value);

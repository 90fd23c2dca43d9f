namespace Headless.Infrastructure.Catalog;

/// <summary>A product on a page, with the opaque cursor that points at it.</summary>
public sealed record ProductEdgeRecord(string Cursor, ProductRecord Product);

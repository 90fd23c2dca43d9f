namespace Headless.Infrastructure.Catalog;

/// <summary>A category with the number of products listed directly in it (not below it).</summary>
public sealed record CategoryRecord(Guid Id, string Slug, string Name, Guid? ParentId, int Position, int DirectProductCount);

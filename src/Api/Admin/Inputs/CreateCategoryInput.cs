namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>CreateCategoryInput</c> input.</summary>
internal sealed record CreateCategoryInput(string Slug, string Name, string? ParentId, int? Position, string? IdempotencyKey);

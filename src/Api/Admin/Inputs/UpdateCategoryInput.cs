namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>UpdateCategoryInput</c> input.</summary>
internal sealed record UpdateCategoryInput(string Id, string? Name, string? Slug);

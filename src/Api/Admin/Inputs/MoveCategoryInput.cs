namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>MoveCategoryInput</c> input.</summary>
internal sealed record MoveCategoryInput(string Id, string? ParentId, int? Position);

namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>RenameStockLocationInput</c> input.</summary>
internal sealed record RenameStockLocationInput(string Id, string Name);

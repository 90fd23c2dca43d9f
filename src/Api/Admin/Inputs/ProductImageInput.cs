namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ProductImageInput</c> input.</summary>
internal sealed record ProductImageInput(string Url, string AltText);

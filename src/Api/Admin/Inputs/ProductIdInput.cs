namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ProductIdInput</c> input.</summary>
internal sealed record ProductIdInput(string Id);

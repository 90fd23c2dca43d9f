namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>RevokeApiKeyInput</c> input.</summary>
internal sealed record RevokeApiKeyInput(string Id);

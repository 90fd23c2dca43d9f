namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>CreateApiKeyInput</c> input.</summary>
internal sealed record CreateApiKeyInput(string Name, IReadOnlyList<string> Permissions, DateTimeOffset? ExpiresAt);

namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>RotateApiKeyInput</c> input.</summary>
internal sealed record RotateApiKeyInput(string Id, int? GracePeriodSeconds);

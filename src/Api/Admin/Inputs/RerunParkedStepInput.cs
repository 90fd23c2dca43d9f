namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>RerunParkedStepInput</c> input.</summary>
internal sealed record RerunParkedStepInput(string Id);

namespace Headless.Infrastructure.Pipeline;

/// <summary>The step's lease ran out and another instance owns it now; this attempt's transaction is rolled back.</summary>
public sealed class StepLeaseLostException(Guid stepId)
    : Exception($"Step {stepId} is no longer owned by this attempt.");

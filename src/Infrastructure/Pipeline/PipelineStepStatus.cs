namespace Headless.Infrastructure.Pipeline;

public enum PipelineStepStatus
{
    /// <summary>Waiting to run (again) at <see cref="PipelineStep.NextAttemptAt"/>.</summary>
    Pending,
    Done,

    /// <summary>Failed its last attempt; waits for a person (<see cref="PipelineSteps.RetryAsync"/>).</summary>
    Parked,
}

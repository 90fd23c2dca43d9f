namespace Headless.Infrastructure.Pipeline;

/// <summary>
/// One step of order processing, run by <see cref="PipelineStepRunner"/> for the events
/// <see cref="OrderPipelineRoutes"/> subscribes it to. A step must be idempotent: it may run again after a crash
/// between its effect and its commit, so outside effects carry idempotency keys and database changes are made
/// in the transaction that marks the step done (<see cref="StepRun.CompleteAsync"/>).
/// Throwing means "try again later"; the last attempt is told so (<see cref="StepRun.IsLastAttempt"/>).
/// </summary>
public interface IOrderStep
{
    string Name { get; }

    Task RunAsync(StepRun run, CancellationToken ct);
}

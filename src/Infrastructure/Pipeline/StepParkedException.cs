namespace Headless.Infrastructure.Pipeline;

/// <summary>
/// Thrown by a step that cannot succeed until a person does something (e.g. refill a code pool): the step is parked
/// at once with this message as its reason instead of being retried, and nothing is refunded.
/// </summary>
public class StepParkedException(string reason) : Exception(reason);

namespace Headless.Domain.Ordering;

/// <summary>
/// One row of the state machine: where the transition leads and, optionally, a guard that returns the reason
/// it is refused (null when it may go ahead).
/// </summary>
public sealed record TransitionRule(OrderState To, Func<Order, TransitionRequest, string?>? Guard = null);

namespace Headless.Domain.Ordering;

/// <summary>The answer of <see cref="OrderStateMachine.Decide"/>: a target state, or why not.</summary>
public sealed record TransitionDecision(OrderState? To, string? Reason)
{
    public bool IsAllowed => To is not null;

    public static TransitionDecision Allow(OrderState to) => new(to, null);

    public static TransitionDecision Refuse(string reason) => new(null, reason);
}

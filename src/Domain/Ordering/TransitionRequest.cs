namespace Headless.Domain.Ordering;

/// <summary>Who asks for a transition, when, and what it carries (a tracking number for shipping, a free note).</summary>
public sealed record TransitionRequest(string Actor, DateTimeOffset At, string? TrackingNumber = null, string? Note = null);

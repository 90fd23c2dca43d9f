namespace Headless.GraphQL.Execution;

/// <summary>
/// A subscription's source event whose response is the same for every subscriber that runs the same document with the
/// same variables and options as an anonymous caller. The engine then executes it once for all of them (and the
/// transport serializes that result once). The key must name everything else the response depends on, notably any
/// credential taken from the arguments: two events with equal keys are answered alike.
/// </summary>
public interface IShareableEvent
{
    object ShareKey { get; }
}

namespace Headless.GraphQL.Transport.WebSockets;

/// <summary>
/// A token bucket of one message kind on one connection: <c>perSecond</c> messages at once, refilled at
/// <c>perSecond</c> a second. Used from the receive loop only, so it needs no lock.
/// </summary>
internal sealed class MessageRate(int perSecond, TimeProvider time)
{
    private readonly double _capacity = Math.Max(1, perSecond);
    private double _tokens = Math.Max(1, perSecond);
    private long _lastRefill = time.GetTimestamp();

    public bool TryTake()
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(_capacity, _tokens + (time.GetElapsedTime(_lastRefill, now).TotalSeconds * _capacity));
        _lastRefill = now;
        if (_tokens < 1)
        {
            return false;
        }

        _tokens--;
        return true;
    }
}

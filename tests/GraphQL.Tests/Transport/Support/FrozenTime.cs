namespace Headless.GraphQL.Tests.Transport.Support;

/// <summary>A clock that never moves: a rate limit's budget then never refills, whatever the machine's load.</summary>
internal sealed class FrozenTime : TimeProvider
{
    public override long GetTimestamp() => 0;
}

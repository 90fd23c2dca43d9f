namespace Headless.GraphQL.Tests.Transport.Support;

/// <summary>What the test schema's resolvers observed, for tests to assert on.</summary>
internal sealed class ServerProbe
{
    public int ResolverCalls;

    public int Increments;

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource StreamStopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

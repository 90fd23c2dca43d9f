using Headless.GraphQL.Execution;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>A subscription's start: either a response stream, or one result whose errors say why it did not start.</summary>
public sealed record SubscriptionOutcome(ExecutionResult? Result, IAsyncEnumerable<ExecutionResult>? Stream);

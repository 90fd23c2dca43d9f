namespace Headless.GraphQL.Execution;

/// <summary>What Subscribe gives: either an immediate error result, or the response stream (one result per event).</summary>
public sealed record SubscriptionResult(ExecutionResult? Error, IAsyncEnumerable<ExecutionResult>? Stream);

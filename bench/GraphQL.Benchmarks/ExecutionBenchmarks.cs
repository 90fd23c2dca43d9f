using BenchmarkDotNet.Attributes;
using Headless.GraphQL.Execution;

namespace Headless.GraphQL.Benchmarks;

/// <summary>A 3-level query over 1,000 in-memory objects, parsed and validated every time or taken from the document cache.</summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private readonly GraphQLExecutor _uncached = ExecutionFixture.Executor(cached: false);
    private readonly GraphQLExecutor _cached = ExecutionFixture.Executor(cached: true);
    private readonly GraphQLRequest _request = new(ExecutionFixture.Query);

    [Benchmark(Baseline = true)]
    public async Task<ExecutionResult> ExecuteWithoutDocumentCache() => await _uncached.ExecuteAsync(_request);

    [Benchmark]
    public async Task<ExecutionResult> ExecuteWithDocumentCache() => await _cached.ExecuteAsync(_request);

    [Benchmark]
    public async Task<string> ExecuteAndWriteJson() => ExecutionResultWriter.ToJson(await _cached.ExecuteAsync(_request));
}

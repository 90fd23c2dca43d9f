using System.Diagnostics;
using Headless.GraphQL.Execution;

namespace Headless.GraphQL.Benchmarks;

/// <summary>
/// The quick measurement bench/execute-ratio.sh compares with graphql-js (bench/execute-throughput.mjs, same procedure):
/// warm up, then the best of seven timed rounds, in operations per second, including writing the JSON response;
/// also the bytes allocated per operation (response string included).
/// </summary>
internal static class ExecuteThroughput
{
    public static void Run()
    {
        var request = new GraphQLRequest(ExecutionFixture.Query);
        foreach (var cached in new[] { false, true })
        {
            var executor = ExecutionFixture.Executor(cached);
            const int iterations = 100;
            for (var i = 0; i < iterations; i++)
            {
                ExecutionResultWriter.ToJson(executor.ExecuteAsync(request).AsTask().GetAwaiter().GetResult());
            }

            var best = double.MaxValue;
            long allocated = 0;
            for (var round = 0; round < 7; round++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < iterations; i++)
                {
                    ExecutionResultWriter.ToJson(executor.ExecuteAsync(request).AsTask().GetAwaiter().GetResult());
                }

                watch.Stop();
                allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / iterations;
                best = Math.Min(best, watch.Elapsed.TotalSeconds / iterations);
            }

            Console.WriteLine($"{{\"input\":\"{(cached ? "cached" : "uncached")}\",\"opsPerSecond\":{1 / best:F1},\"allocatedBytesPerOp\":{allocated}}}");
        }
    }
}

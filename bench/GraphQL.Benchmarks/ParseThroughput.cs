using System.Diagnostics;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Benchmarks;

/// <summary>
/// A quick stopwatch measurement for bench/parse-ratio.sh, the same procedure as bench/parse-throughput.mjs runs on
/// graphql-js: warm up, then the best of several timed rounds, in parses per second. Prints one JSON line per input.
/// </summary>
internal static class ParseThroughput
{
    public static void Run()
    {
        foreach (var name in Inputs.Names)
        {
            var source = Inputs.Read(name);
            var iterations = Math.Max(200, 2_000_000 / source.Length);
            for (var i = 0; i < iterations * 3; i++)
            {
                Parser.Parse(source);
            }

            var best = double.MaxValue;
            long allocated = 0;
            for (var round = 0; round < 7; round++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < iterations; i++)
                {
                    Parser.Parse(source);
                }

                watch.Stop();
                allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / iterations;
                best = Math.Min(best, watch.Elapsed.TotalSeconds / iterations);
            }

            Console.WriteLine($"{{\"input\":\"{name}\",\"bytes\":{source.Length},\"opsPerSecond\":{1 / best:F1},\"allocatedBytesPerOp\":{allocated}}}");
        }
    }
}

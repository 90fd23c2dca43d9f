using System.Diagnostics;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Benchmarks;

/// <summary>
/// A quick stopwatch measurement for bench/parse-ratio.sh, the same procedure as bench/parse-throughput.mjs runs on
/// graphql-js: warm up for a fixed time, then the best of several timed rounds, in parses per second. Prints one JSON
/// line per input.
/// </summary>
/// <remarks>
/// The warm-up is measured in time, not in parses: both runtimes compile hot code again in the background after a
/// delay (.NET's tiered compilation, V8's optimizing tiers), and a fixed small count of parses of a 1 KB document
/// ended before .NET had finished, so the timed rounds measured half-optimized code.
/// </remarks>
internal static class ParseThroughput
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private const int Rounds = 10;

    public static void Run()
    {
        foreach (var name in Inputs.Names)
        {
            var source = Inputs.Read(name);
            var iterations = Math.Max(200, 2_000_000 / source.Length);
            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed < WarmUp)
            {
                Parser.Parse(source);
            }

            var best = double.MaxValue;
            long allocated = 0;
            for (var round = 0; round < Rounds; round++)
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

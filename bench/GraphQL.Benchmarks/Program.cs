using BenchmarkDotNet.Running;
using Headless.GraphQL.Benchmarks;

// `--throughput` is the quick measurement bench/parse-ratio.sh compares with graphql-js; anything else goes to BenchmarkDotNet.
if (args is ["--throughput"])
{
    ParseThroughput.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LanguageBenchmarks).Assembly).Run(args);

using BenchmarkDotNet.Running;
using Headless.GraphQL.Benchmarks;

// `--throughput` is the quick measurement bench/parse-ratio.sh compares with graphql-js; anything else goes to BenchmarkDotNet.
if (args is ["--throughput"])
{
    ParseThroughput.Run();
    return;
}

// `--parse-loop NAME COUNT`: parses one input COUNT times and nothing else, for instruction counts under
// `valgrind --tool=callgrind` (the difference between two counts is repeatable on a loaded machine; wall clock is not).
if (args is ["--parse-loop", var name, var count])
{
    var source = Inputs.Read(name);
    for (var i = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture); i > 0; i--)
    {
        Headless.GraphQL.Language.Parser.Parse(source);
    }

    return;
}

if (args is ["--execute-throughput"])
{
    ExecuteThroughput.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LanguageBenchmarks).Assembly).Run(args);

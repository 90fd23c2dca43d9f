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

// `--lex-loop NAME COUNT`: only the lexer, for the lexer's share of a parse in the same kind of count.
if (args is ["--lex-loop", var lexName, var lexCount])
{
    var source = Inputs.Read(lexName);
    for (var i = int.Parse(lexCount, System.Globalization.CultureInfo.InvariantCulture); i > 0; i--)
    {
        var lexer = new Headless.GraphQL.Language.Lexer(source);
        do
        {
            lexer.Advance();
        }
        while (lexer.Token.Kind != Headless.GraphQL.Language.TokenKind.EndOfFile);
    }

    return;
}

if (args is ["--execute-throughput"])
{
    ExecuteThroughput.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LanguageBenchmarks).Assembly).Run(args);

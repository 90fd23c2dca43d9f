using BenchmarkDotNet.Attributes;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Benchmarks;

/// <summary>Parse and print of the kitchen-sink query and a ~50 KB introspection-sized query.</summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private string _source = "";
    private DocumentNode _document = null!;

    [Params("kitchen-sink", "introspection-query")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _source = Inputs.Read(Document);
        _document = Parser.Parse(_source);
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_source);

    [Benchmark]
    public string Print() => Printer.Print(_document);
}

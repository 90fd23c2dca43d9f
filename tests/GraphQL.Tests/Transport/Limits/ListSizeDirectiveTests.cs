using Headless.GraphQL.Tests.Types;
using Headless.GraphQL.Transport.Limits;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Transport.Limits;

public sealed class ListSizeDirectiveTests
{
    [Fact]
    public void TheDeclarationIsInCanonicalPrintedFormSoSchemasCanEmbedItVerbatim()
    {
        var schema = SchemaBuilder.FromSdl(ListSizeDirective.Sdl + "\n\ntype Query { a: [Int] @listSize(assumedSize: 2) }").BuildWithoutResolvers();
        var graphQLJs = TypesOracle.Ask([TypesOracle.Case("print", ListSizeDirective.Sdl + "\n\ntype Query { a: [Int] }")])[0].Text("printed");

        Assert.Equal(ListSizeDirective.Sdl, SchemaPrinter.PrintDirective(schema.Directives.Single(d => d.Name == ListSizeDirective.Name)));
        Assert.StartsWith(ListSizeDirective.Sdl + "\n\n", graphQLJs, StringComparison.Ordinal);
    }
}

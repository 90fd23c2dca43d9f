using Headless.GraphQL.Language;

namespace Headless.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Theory]
    [InlineData("graphql-js/kitchen-sink.graphql")]
    [InlineData("graphql-js/kitchen-sink-query.graphql")]
    [InlineData("graphql-js/schema-kitchen-sink.graphql")]
    [InlineData("graphql-js/github-schema.graphql")]
    public void ParsesTheReferenceDocuments(string fixture)
    {
        var document = Parser.Parse(Fixtures.Read(fixture), ParserOptions.Trusted);

        Assert.NotEmpty(document.Definitions);
    }

    [Fact]
    public void ReportsAMissingNameAtTheEndOfTheDocument()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(b: 1) { c("));

        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
        Assert.Equal((1, 15), (error.Line, error.Column));
    }

    [Fact]
    public void GivesFieldsTheirAliasArgumentsAndLocation()
    {
        var document = Parser.Parse("query Q($id: ID! = 4) {\n  me: user(id: $id) { name }\n}");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("me", field.Alias?.Value);
        Assert.Equal("user", field.Name.Value);
        Assert.Equal(new Location(26, 52, 2, 3), field.Location);
        var argument = Assert.Single(field.Arguments);
        Assert.Equal("id", Assert.IsType<VariableNode>(argument.Value).Name.Value);
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("4", Assert.IsType<IntValueNode>(variable.DefaultValue).Value);
        Assert.IsType<NonNullTypeNode>(variable.Type);
    }
}

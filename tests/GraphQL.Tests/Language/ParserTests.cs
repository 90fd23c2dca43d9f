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

    [Fact]
    public void ParsesEveryTypeSystemDefinitionAndExtensionIntoItsNode()
    {
        var document = Parser.Parse(Fixtures.Read("graphql-js/schema-kitchen-sink.graphql"));

        var kinds = document.Definitions.Select(d => d.Kind).ToHashSet();
        foreach (var kind in new[]
        {
            SyntaxKind.SchemaDefinition, SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition,
            SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition,
            SyntaxKind.InputObjectTypeDefinition, SyntaxKind.DirectiveDefinition, SyntaxKind.SchemaExtension,
            SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
            SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
        })
        {
            Assert.Contains(kind, kinds);
        }
    }

    [Fact]
    public void ReadsInterfacesImplementingInterfacesAndRepeatableDirectives()
    {
        var document = Parser.Parse("interface A implements B & C { a: Int } directive @d(x: Int) repeatable on FIELD | OBJECT");

        var iface = Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(["B", "C"], iface.Interfaces.Select(i => i.Name.Value));
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[1]);
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD", "OBJECT"], directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void AcceptsDescriptionsOnExecutableDefinitions()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"frag\" fragment F on T { a }");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("op", operation.Description?.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description?.Value);
        Assert.Equal("frag", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Description?.Value);
    }

    [Fact]
    public void AbsentListsAreEmptyNotNull()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ a }").Definitions[0]).SelectionSet.Selections[0];

        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
        Assert.Null(field.SelectionSet);
    }

    [Fact]
    public void NoLocationLeavesLocationsOut()
    {
        var document = Parser.Parse("{ a }", new ParserOptions { NoLocation = true });

        Assert.Null(document.Location);
        Assert.Null(document.Definitions[0].Location);
    }

    [Fact]
    public void ParsesLoneTypesAndValues()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[String!]!"));
        Assert.IsType<NonNullTypeNode>(Assert.IsType<ListTypeNode>(type.Type).Type);

        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{a: [1, $b], c: ENUM}"));
        Assert.Equal("{a: [1, $b], c: ENUM}", Printer.Print(value));
    }

    [Fact]
    public void RejectsVariablesInConstantPositions()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("query Q($a: Int = $b) { a }"));

        Assert.Equal("Syntax Error: Unexpected variable \"$b\" in constant value.", error.Message);
        Assert.Equal((1, 19), (error.Line, error.Column));
    }
}

using Headless.GraphQL.Language;
using Headless.GraphQL.Validation;

namespace Headless.GraphQL.Tests.Validation.Rules;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void ValidDocumentHasNoErrors() =>
        Assert.Empty(DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse("{ dog { name ... on Pet { name } } }")));

    [Fact]
    public void ErrorsStopAtTheLimitWithAFinalError()
    {
        var document = Parser.Parse("{ " + string.Join(" ", Enumerable.Range(0, 10).Select(i => $"unknown{i}")) + " }");
        var errors = DocumentValidator.Validate(ValidationSchema.Instance, document, maxErrors: 3);
        Assert.Equal(4, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void SuggestionsCanBeHidden()
    {
        var document = Parser.Parse("{ dog { nam } }");
        Assert.Equal("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", DocumentValidator.Validate(ValidationSchema.Instance, document).Single().Message);
        Assert.Equal("Cannot query field \"nam\" on type \"Dog\".", DocumentValidator.Validate(ValidationSchema.Instance, document, hideSuggestions: true).Single().Message);
    }

    [Fact]
    public void EveryRuleOfGraphQLJsSpecifiedRulesRuns() =>
        Assert.Equal(27, SpecifiedRules.All.Select(r => r.GetType()).Distinct().Count());
}

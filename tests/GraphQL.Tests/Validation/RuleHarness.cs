using Headless.GraphQL.Language;
using Headless.GraphQL.Validation;

namespace Headless.GraphQL.Tests.Validation;

/// <summary>Runs one rule over a document on the shared schema and checks its errors (graphql-js <c>harness.ts</c>).</summary>
internal static class RuleHarness
{
    public static void ExpectValid(IValidationRule rule, string document) => ExpectErrors(rule, document);

    /// <summary>Each expected error is its message followed by its locations as "line:column".</summary>
    public static void ExpectErrors(IValidationRule rule, string document, params (string Message, string[] Locations)[] expected)
    {
        var errors = DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse(document), [rule]);
        var actual = errors.Select(e => $"{e.Message} @ {string.Join(" ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))}").ToList();
        var wanted = expected.Select(e => $"{e.Message} @ {string.Join(" ", e.Locations)}").ToList();
        Assert.Equal(wanted, actual);
        Assert.All(errors, e => Assert.Equal("GRAPHQL_VALIDATION_FAILED", e.Code));
    }
}

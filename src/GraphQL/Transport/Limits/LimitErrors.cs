using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>Every refusal of the limits and the introspection policy, worded in one place.</summary>
internal static class LimitErrors
{
    public static GraphQLError TooManyAliases(OperationDefinitionNode operation, long count, int maximum) =>
        Refusal($"{Describe(operation)} uses {count} aliases; at most {maximum} are allowed.", LimitErrorCodes.MaxAliasesExceeded, operation, count, maximum);

    public static GraphQLError TooManyRootFields(OperationDefinitionNode operation, long count, int maximum) =>
        Refusal($"{Describe(operation)} selects {count} root fields; at most {maximum} are allowed.", LimitErrorCodes.MaxRootFieldsExceeded, operation, count, maximum);

    public static GraphQLError TooDeep(OperationDefinitionNode operation, int depth, string path, int maximum) =>
        Refusal($"{Describe(operation)} is {depth} levels deep (at '{path}'); at most {maximum} are allowed.", LimitErrorCodes.MaxDepthExceeded, operation, depth, maximum);

    public static GraphQLError TooCostly(OperationDefinitionNode operation, long cost, int maximum, string? costliestField, long costliestFieldCost) =>
        Refusal(
            $"{Describe(operation)} costs {cost}, more than the maximum of {maximum}"
            + (costliestField is null ? "." : $" ('{costliestField}' alone costs {costliestFieldCost}). Ask for fewer items with first/last or fewer fields."),
            LimitErrorCodes.CostLimitExceeded, operation, cost, maximum);

    /// <summary>A field whose <c>@listSize</c> requires exactly one slicing argument got none or several.</summary>
    public static GraphQLError SlicingArgumentsInvalid(FieldNode field, IReadOnlyList<string> slicingArguments, int given)
    {
        var names = string.Join(", ", slicingArguments.Select(a => $"'{a}'"));
        var message = given == 0
            ? $"The field '{field.Name.Value}' needs one of the arguments {names}: it says how many items to return."
            : $"The field '{field.Name.Value}' takes only one of the arguments {names}; {given} were given.";
        return new GraphQLError(message, LimitErrorCodes.InvalidSlicingArguments).WithLocations([field]);
    }

    /// <summary>A parser limit: the document may be valid GraphQL, so this is no syntax error.</summary>
    public static GraphQLError DocumentTooLarge(DocumentLimitException limit) =>
        new GraphQLError(limit.Message, limit.Limit switch
        {
            DocumentLimit.Length => LimitErrorCodes.MaxDocumentLengthExceeded,
            DocumentLimit.Tokens => LimitErrorCodes.MaxTokensExceeded,
            _ => LimitErrorCodes.MaxParserDepthExceeded,
        })
        {
            Locations = [new ErrorLocation(limit.Line, limit.Column)],
        }.WithExtension("maximum", limit.Maximum);

    public static GraphQLError IntrospectionDisabled(FieldNode field) =>
        new GraphQLError($"Introspection is disabled on this endpoint: '{field.Name.Value}' cannot be queried.", LimitErrorCodes.IntrospectionDisabled)
            .WithLocations([field]);

    private static GraphQLError Refusal(string message, string code, OperationDefinitionNode operation, long actual, int maximum) =>
        new GraphQLError(message, code)
            .WithExtension("actual", actual)
            .WithExtension("maximum", maximum)
            .WithLocations([operation]);

    private static string Describe(OperationDefinitionNode operation) =>
        operation.Name is null
            ? "The " + operation.Operation.ToString().ToLowerInvariant()
            : $"The {operation.Operation.ToString().ToLowerInvariant()} '{operation.Name.Value}'";
}

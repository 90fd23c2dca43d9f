using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Transport.Pipeline;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog;

/// <summary>
/// Refuses, before variables are coerced or any resolver runs, an operation whose <c>products(where:)</c> filters are
/// too wide or too deep one by one, or hold more than <see cref="CatalogFilterOptions.MaxConditionsPerRequest"/>
/// conditions together (twenty root fields each with a wide filter are one request's worth of work, not twenty).
/// The error is <c>FILTER_TOO_COMPLEX</c> at the field's path and location.
/// </summary>
internal sealed class ProductFilterLimitRule(CatalogFilterOptions limits) : IOperationRule
{
    private const string FieldName = "products";
    private const string ArgumentName = "where";

    // Fragments are expanded where spread; the root-field limit keeps that small, this keeps it bounded without it.
    private const int MaxVisitedSelections = 10_000;

    public ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(OperationRuleContext context, CancellationToken cancellationToken)
    {
        if (context.Operation is not { Operation: OperationType.Query } operation)
        {
            return new([]);
        }

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in context.Document.Definitions.OfType<FragmentDefinitionNode>())
        {
            fragments.TryAdd(fragment.Name.Value, fragment);
        }

        var variables = context.Request.Variables;
        var defaults = operation.VariableDefinitions
            .Where(d => d.DefaultValue is not null)
            .GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().DefaultValue, StringComparer.Ordinal);
        object? Variable(string name) =>
            variables is not null && variables.TryGetValue(name, out var value) ? value : defaults.GetValueOrDefault(name);

        long total = 0;
        var visited = 0;
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.TryPop(out var selectionSet))
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (++visited > MaxVisitedSelections)
                {
                    return new([Refusal($"The operation spreads its fragments more than {MaxVisitedSelections} times.", null, 0, 0)]);
                }

                switch (selection)
                {
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment):
                        pending.Push(fragment.SelectionSet);
                        break;
                    case FieldNode { Name.Value: FieldName } field when field.Arguments.FirstOrDefault(a => a.Name.Value == ArgumentName) is { } where:
                        var size = ProductFilterMeasure.Of(where.Value, Variable);
                        if (size.Exceeds(limits) is { } refusal)
                        {
                            var tooDeep = size.Depth > limits.MaxDepth;
                            return new([Refusal(refusal, field, tooDeep ? size.Depth : size.Conditions, tooDeep ? limits.MaxDepth : limits.MaxConditions)]);
                        }

                        total += size.Conditions;
                        if (total > limits.MaxConditionsPerRequest)
                        {
                            return new([Refusal(
                                $"The filters of this operation hold {total} conditions together (counted up to '{ResponseKey(field)}'); "
                                + $"at most {limits.MaxConditionsPerRequest} are allowed per request. Ask for fewer filtered product lists at once.",
                                field, total, limits.MaxConditionsPerRequest)]);
                        }

                        break;
                }
            }
        }

        return new([]);
    }

    private static string ResponseKey(FieldNode field) => field.Alias?.Value ?? field.Name.Value;

    private static GraphQLError Refusal(string message, FieldNode? field, long actual, int maximum)
    {
        var error = new GraphQLError(message, CatalogInputErrorCodes.FilterTooComplex)
            .WithExtension("actual", actual)
            .WithExtension("maximum", maximum);
        return field is null ? error : error.WithLocations([field]) with { Path = [ResponseKey(field)] };
    }
}

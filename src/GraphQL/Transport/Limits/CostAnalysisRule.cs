using Headless.GraphQL.Errors;
using Headless.GraphQL.Transport.Pipeline;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// Computes the operation's cost (see <see cref="CostCalculator"/> for the model), reports it in the response's
/// <c>extensions.cost</c> as <c>{ requested, maximum }</c>, and refuses the request before execution when it is
/// over <see cref="RequestLimits.MaxCost"/>. Fields whose <c>@listSize</c> requires one slicing argument and got none or
/// several are refused first, with <c>INVALID_SLICING_ARGUMENTS</c>.
/// </summary>
public sealed class CostAnalysisRule(RequestLimits limits) : IOperationRule
{
    public const string ExtensionKey = "cost";

    public ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(OperationRuleContext context, CancellationToken cancellationToken)
    {
        if (context.Operation is not { } operation)
        {
            return new([]);
        }

        var calculator = new CostCalculator(context.Schema, limits, context.Document, operation, context.Variables, context.Request.Variables);
        var cost = calculator.OperationCost(operation);
        if (calculator.Errors.Count > 0)
        {
            return new(calculator.Errors);
        }

        context.ResultExtensions[ExtensionKey] = new Dictionary<string, object?>
        {
            ["requested"] = cost,
            ["maximum"] = limits.MaxCost,
        };

        if (cost <= limits.MaxCost)
        {
            return new([]);
        }

        var (name, fieldCost) = calculator.Costliest;
        return new([LimitErrors.TooCostly(operation, cost, limits.MaxCost, name, fieldCost)]);
    }
}

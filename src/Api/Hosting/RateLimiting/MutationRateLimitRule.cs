using System.Globalization;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Transport;
using Headless.GraphQL.Transport.Pipeline;
using Microsoft.Net.Http.Headers;

namespace Headless.Api.Hosting.RateLimiting;

/// <summary>
/// Limits storefront writes per client address. It runs after parsing, so it knows what ASP.NET Core's endpoint
/// limiters cannot: whether a POST to /graphql is a mutation and how many root fields (each its own side
/// effect) and <c>createCart</c>s it holds. Queries are never counted. A refusal is a request error
/// <c>RATE_LIMITED</c> with <c>extensions.retryAfter</c> (seconds); over HTTP also status 429 and <c>Retry-After</c>.
/// </summary>
public sealed class MutationRateLimitRule(StorefrontRateLimiter limiter) : IOperationRule
{
    public const string CreateCartField = "createCart";

    // Fields visited at most while counting, whatever fragments the document spreads (the root-field limit is 20).
    private const int MaxVisited = 1000;

    public ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(OperationRuleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation is not { Operation: OperationType.Mutation } operation)
        {
            return new([]);
        }

        var fields = new List<string>();
        CollectRootFields(context.Document, operation.SelectionSet, fields);
        var creations = fields.Count(f => f == CreateCartField);
        var http = context.RequestContext.HttpContext;
        if (limiter.TryAcquire(RateLimitCaller.Of(http), fields.Count, creations) is not { } wait)
        {
            return new([]);
        }

        var seconds = (int)wait.TotalSeconds;
        if (context.RequestContext.Transport == TransportKind.Http)
        {
            http.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var error = new GraphQLError(
                string.Create(CultureInfo.InvariantCulture, $"Too many changes; try again in {seconds} s."),
                TransportErrorCodes.RateLimited)
            .WithExtension("retryAfter", seconds)
            .WithLocations([operation]);
        return new([error]);
    }

    private static void CollectRootFields(DocumentNode document, SelectionSetNode selectionSet, List<string> fields)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (fields.Count >= MaxVisited)
            {
                return;
            }

            switch (selection)
            {
                case FieldNode field:
                    fields.Add(field.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    CollectRootFields(document, inline.SelectionSet, fields);
                    break;
                case FragmentSpreadNode spread when document.Definitions.OfType<FragmentDefinitionNode>().FirstOrDefault(f => f.Name.Value == spread.Name.Value) is { } fragment:
                    CollectRootFields(document, fragment.SelectionSet, fields);
                    break;
            }
        }
    }
}

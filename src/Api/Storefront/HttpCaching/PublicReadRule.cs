using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Transport.Pipeline;

namespace Headless.Api.Storefront.HttpCaching;

/// <summary>
/// Marks a request whose answer anyone may cache: a query sent as <c>GET</c>, without credentials, that selects only
/// catalog root fields. Anything else (carts, orders, whatever is added later, introspection) stays private, because
/// the list says what is public rather than what is not. Never refuses anything.
/// </summary>
internal sealed class PublicReadRule : IOperationRule
{
    public const string ItemKey = "headless:public-read";

    /// <summary>Set for the same reads sent as <c>GET</c> or <c>POST</c>: the response cache may keep their answers.</summary>
    public const string CatalogReadKey = "headless:anonymous-catalog-read";

    private static readonly HashSet<string> PublicRootFields =
        new(["products", "product", "categories", "category", "node", "nodes", "variant", "__typename"], StringComparer.Ordinal);

    public ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(OperationRuleContext context, CancellationToken cancellationToken)
    {
        var http = context.RequestContext.HttpContext;
        if (context.RequestContext.Transport == TransportKind.Http
            && !HttpCachingMiddleware.HasCredentials(http.Request)
            && context.Operation is { Operation: OperationType.Query } operation
            && OnlyPublicFields(operation.SelectionSet, context.Document, depth: 0))
        {
            http.Items[CatalogReadKey] = true;
            if (HttpMethods.IsGet(http.Request.Method))
            {
                http.Items[ItemKey] = true;
            }
        }

        return ValueTask.FromResult<IReadOnlyList<GraphQLError>>([]);
    }

    /// <summary>The root fields, looking through fragments spread or inlined at the root (bounded: validation forbids cycles).</summary>
    private static bool OnlyPublicFields(SelectionSetNode selections, DocumentNode document, int depth)
    {
        if (depth > 16)
        {
            return false;
        }

        foreach (var selection in selections.Selections)
        {
            var allowed = selection switch
            {
                FieldNode field => PublicRootFields.Contains(field.Name.Value),
                InlineFragmentNode inline => OnlyPublicFields(inline.SelectionSet, document, depth + 1),
                FragmentSpreadNode spread => document.Definitions.OfType<FragmentDefinitionNode>().FirstOrDefault(f => f.Name.Value == spread.Name.Value) is { } fragment
                    && OnlyPublicFields(fragment.SelectionSet, document, depth + 1),
                _ => false,
            };
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}

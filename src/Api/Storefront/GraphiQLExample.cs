namespace Headless.Api.Storefront;

/// <summary>The operation GraphiQL opens with: a query that works against the demo catalog, so the first click answers.</summary>
public static class GraphiQLExample
{
    public const string Query = """
        # The Headless storefront API. Run this query (Ctrl-Enter or the play button);
        # the Docs panel lists every type and field, and schema/operations/ holds more.
        query FirstProducts {
          products(first: 3) {
            totalCount
            nodes {
              name
              priceRange {
                min {
                  amount
                  currency
                }
              }
            }
          }
        }

        """;
}

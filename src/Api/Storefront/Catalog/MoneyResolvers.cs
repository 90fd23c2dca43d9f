using Headless.Domain.Common;
using Headless.GraphQL.Types;
using Headless.GraphQL.Types.Scalars;

namespace Headless.Api.Storefront.Catalog;

/// <summary><c>Money</c>, <c>ProductConnection.totalCount</c> and the custom scalars.</summary>
internal static class MoneyResolvers
{
    public static SchemaBuilder AddMoneyAndScalars(this SchemaBuilder schema) => schema
        .AddScalar(DateTimeScalar.Create())
        .AddScalar(DecimalScalar.Create())
        .AddScalar(UrlScalar.Create())
        .BindEnum<SortDirection>("OrderDirection")
        .BindEnum<Infrastructure.Catalog.ProductSortField>("ProductOrderField")
        .AddResolver("Money", "amount", context => WithCents(((Money)context.Source!).Amount))
        .AddResolver("ProductConnection", "totalCount", async context =>
        {
            var connection = (ProductConnection)context.Source!;
            var reader = CatalogQueryResolvers.Reader(context);
            return (object?)await CatalogQueryResolvers.Guarded(() => reader.CountProductsAsync(connection.Filter, connection.Search, context.CancellationToken));
        });

    /// <summary>
    /// The exact amount with at least two decimals, whatever scale the database returned it in
    /// (SQLite keeps what was written, PostgreSQL numeric(18,4) pads to four): 999.0000 and 999 both read "999.00".
    /// </summary>
    internal static decimal WithCents(decimal amount) => (amount / 1.0000000000000000000000000000m) + 0.00m;
}

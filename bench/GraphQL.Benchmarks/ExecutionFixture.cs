using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Benchmarks;

/// <summary>
/// The execution benchmark's schema and data, mirrored by bench/execute-throughput.mjs: 1,000 products, each with
/// two variants, each with a warehouse — a 3-level query reading 1,000 + 2,000 + 2,000 objects through resolvers.
/// </summary>
internal static class ExecutionFixture
{
    public const string Sdl = """
        type Query { products: [Product!]! }
        type Product { id: ID! name: String! price: Float! variants: [Variant!]! }
        type Variant { sku: String! stock: Int! warehouse: Warehouse! }
        type Warehouse { code: String! city: String }
        """;

    public const string Query = "{ products { id name price variants { sku stock warehouse { code city } } } }";

    public static Schema BuildSchema()
    {
        var products = Enumerable.Range(0, 1000).Select(i => new Product(
            $"p{i}",
            $"Product {i}",
            i * 1.5,
            [new Variant($"p{i}-a", i % 7, new Warehouse("AMS", "Amsterdam")), new Variant($"p{i}-b", i % 3, new Warehouse("BER", null))])).ToList();
        return SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "products", _ => products)
            .BindObject<Product>("Product")
            .BindObject<Variant>("Variant")
            .BindObject<Warehouse>("Warehouse")
            .Build();
    }

    public static GraphQLExecutor Executor(bool cached) =>
        new(BuildSchema(), cache: cached ? new DocumentCache(100) : null);

    internal sealed record Product(string Id, string Name, double Price, IReadOnlyList<Variant> Variants);

    internal sealed record Variant(string Sku, int Stock, Warehouse Warehouse);

    internal sealed record Warehouse(string Code, string? City);
}

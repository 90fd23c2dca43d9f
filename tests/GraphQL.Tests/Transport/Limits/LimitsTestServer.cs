using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Headless.GraphQL.Transport;
using Headless.GraphQL.Transport.Limits;
using Headless.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Tests.Transport.Limits;

/// <summary>
/// A real Kestrel server on a loopback port with a small catalog schema carrying <c>@cost</c>, in the environment a
/// test names. A request's <c>X-Test-User</c> / <c>X-Test-Roles</c> headers sign it in (a real
/// <see cref="ClaimsPrincipal"/>, as an authentication handler would make), so role policies run as in production.
/// </summary>
internal sealed class LimitsTestServer : IAsyncDisposable
{
    public const string Sdl = CostDirective.Sdl + "\n\n" + ListSizeDirective.Sdl + """

        type Query {
          shop: Shop!
          categories: [Category!]! @listSize(assumedSize: 3)
          page(first: Int, last: Int): ProductConnection! @listSize(slicingArguments: ["first", "last"], sizedFields: ["nodes"], slicingArgumentDefaultValue: 20, slicingArgumentMaximum: 100, requireOneSlicingArgument: false)
          pick(ids: [ID!]!): [Product]! @listSize(slicingArguments: ["ids"])
          strict(first: Int, last: Int): [Product!]! @listSize(slicingArguments: ["first", "last"])
          tagged(tags: [String!]!): [Product!]!
          products(first: Int, last: Int): ProductConnection!
          product(id: ID!): Product
          search(term: String!): [Product!]! @cost(weight: 5)
          resolverCalls: Int!
        }

        type Shop { name: String! }

        type ProductConnection { edges: [ProductEdge!]! nodes: [Product!]! totalCount: Int! }

        type ProductEdge { cursor: String! node: Product! }

        type Product {
          id: ID!
          name: String!
          price: Int! @cost(weight: 2)
          related(first: Int = 3): [Product!]!
          category: Category!
        }

        type Category @cost(weight: 4) { name: String! products(first: Int): [Product!]! children: [Category!]! @listSize(assumedSize: 2) }
        """;

    private readonly WebApplication _app;
    private int _resolverCalls;

    private LimitsTestServer(WebApplication app)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        Url = new Uri(Client.BaseAddress, "/graphql");
    }

    public HttpClient Client { get; }

    public Uri Url { get; }

    /// <summary>Root resolvers run so far: a refused request must leave it unchanged.</summary>
    public int ResolverCalls => Volatile.Read(ref _resolverCalls);

    public static async Task<LimitsTestServer> StartAsync(Action<GraphQLTransportOptions> configure, string environment = "Production")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue("X-Test-User", out var name))
            {
                var claims = new List<Claim> { new(ClaimTypes.Name, name!) };
                claims.AddRange(context.Request.Headers["X-Test-Roles"].SelectMany(r => r!.Split(',')).Select(r => new Claim(ClaimTypes.Role, r)));
                context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "Test"));
            }

            return next(context);
        });

        LimitsTestServer? server = null;
        app.MapGraphQL("/graphql", BuildSchema(() => Interlocked.Increment(ref server!._resolverCalls)), configure);
        await app.StartAsync();
        server = new LimitsTestServer(app);
        return server;
    }

    public async Task<JsonNode> PostAsync(string query, object? variables = null, string? user = null, string? roles = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Add("Accept", "application/graphql-response+json");
        if (user is not null)
        {
            request.Headers.Add("X-Test-User", user);
        }

        if (roles is not null)
        {
            request.Headers.Add("X-Test-Roles", roles);
        }

        using var response = await Client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static Schema BuildSchema(Action onRootResolver)
    {
        static Dictionary<string, object?> Product(int id) => new()
        {
            ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = "Product " + id,
            ["price"] = id * 100,
            ["category"] = Category(),
        };

        static Dictionary<string, object?> Category() =>
            new() { ["name"] = "Shoes", ["products"] = new List<object>(), ["children"] = new List<object>() };

        List<object> Counted(List<object> items)
        {
            onRootResolver();
            return items;
        }

        return SchemaBuilder.FromSdl(Sdl)
            .AddResolver("Query", "categories", _ => Counted([Category()]))
            .AddResolver("Query", "page", _ =>
            {
                onRootResolver();
                return new Dictionary<string, object?> { ["nodes"] = new List<object> { Product(1) }, ["edges"] = new List<object>(), ["totalCount"] = 1 };
            })
            .AddResolver("Query", "pick", _ => Counted([Product(1)]))
            .AddResolver("Query", "strict", _ => Counted([Product(1)]))
            .AddResolver("Query", "tagged", _ => Counted([Product(1)]))
            .AddResolver("Query", "shop", _ =>
            {
                onRootResolver();
                return new Dictionary<string, object?> { ["name"] = "Headless" };
            })
            .AddResolver("Query", "products", context =>
            {
                onRootResolver();
                var count = Math.Min(context.Arguments.GetValueOrDefault("first") as int? ?? 2, 5);
                var items = Enumerable.Range(1, count).Select(Product).ToList();
                return new Dictionary<string, object?>
                {
                    ["nodes"] = items,
                    ["edges"] = items.Select(p => new Dictionary<string, object?> { ["cursor"] = p["id"], ["node"] = p }).ToList(),
                    ["totalCount"] = items.Count,
                };
            })
            .AddResolver("Query", "product", context =>
            {
                onRootResolver();
                return Product(int.Parse((string)context.Arguments["id"]!, System.Globalization.CultureInfo.InvariantCulture));
            })
            .AddResolver("Query", "search", _ =>
            {
                onRootResolver();
                return new List<object> { Product(1) };
            })
            .AddResolver("Query", "resolverCalls", _ => 0)
            .AddResolver("Product", "related", context =>
            {
                var id = int.Parse((string)((Dictionary<string, object?>)context.Source!)["id"]!, System.Globalization.CultureInfo.InvariantCulture);
                return Enumerable.Range(id + 1, context.Arguments["first"] as int? ?? 3).Select(Product).ToList();
            })
            .Build();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

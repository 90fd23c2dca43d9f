using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Checkout;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Storefront.Checkout;

/// <summary><c>Query.cart</c> and the cart mutations: thin calls to <see cref="CartService"/>.</summary>
internal static class CartMutationResolvers
{
    public const int MaxLinesPerCall = 100;

    public static SchemaBuilder AddCartMutations(this SchemaBuilder schema) => schema
        .AddResolver("Query", "cart", async context =>
        {
            var token = context.Get<string>("id")!;
            var payload = await Carts(context).GetCartAsync(token, context.CancellationToken);
            return payload.Cart is null ? null : new CartResult(token, payload.Cart);
        })
        .AddResolver("Mutation", "createCart", CreateCartAsync)
        .AddResolver("Mutation", "addCartLines", context => Change(context, (carts, token, input, ct) =>
            carts.AddLinesAsync(token, LineInputs(input.List("lines")), ct)))
        .AddResolver("Mutation", "updateCartLines", context => Change(context, (carts, token, input, ct) =>
            carts.UpdateLinesAsync(token, [.. Bounded(input.List("lines"), "lines").Select(LineUpdate)], ct)))
        .AddResolver("Mutation", "removeCartLines", context => Change(context, (carts, token, input, ct) =>
            carts.RemoveLinesAsync(token, [.. Bounded(input.List("lineIds"), "lineIds").Select(id => GlobalId.Decode((string)id!, "CartLine"))], ct)))
        .AddResolver("Mutation", "setCartEmail", context => Change(context, (carts, token, input, ct) =>
            carts.SetEmailAsync(token, input.Get<string>("email")!, ct)))
        .AddResolver("Mutation", "setCartShippingAddress", context => Change(context, (carts, token, input, ct) =>
            carts.SetShippingAddressAsync(token, AddressInput.ToAddress(input.Object("address")!), ct)))
        .AddResolver("Mutation", "setCartBillingAddress", context => Change(context, (carts, token, input, ct) =>
            carts.SetBillingAddressAsync(token, AddressInput.ToAddress(input.Object("address")!), ct)))
        .AddResolver("Mutation", "setCartShippingMethod", context => Change(context, (carts, token, input, ct) =>
            carts.SetShippingMethodAsync(token, input.Get<string>("code")!, ct)));

    private static CartService Carts(IResolveFieldContext context) => context.RequestServices.GetRequiredService<CartService>();

    private static IReadOnlyDictionary<string, object?> Input(IResolveFieldContext context) =>
        context.Arguments.TryGetValue("input", out var input) && input is IReadOnlyDictionary<string, object?> map ? map : new Dictionary<string, object?>();

    private static async Task<object?> Change(
        IResolveFieldContext context,
        Func<CartService, string, IReadOnlyDictionary<string, object?>, CancellationToken, Task<CartPayload>> change)
    {
        var input = Input(context);
        var token = input.Get<string>("cartId")!;
        return CartMutationResult.From(token, await change(Carts(context), token, input, context.CancellationToken));
    }

    /// <summary>An empty cart, then its first lines and email through the same operations as later changes.</summary>
    private static async Task<object?> CreateCartAsync(IResolveFieldContext context)
    {
        var input = Input(context);
        var lines = LineInputs(input.List("lines"));
        var email = input.Get<string>("email");
        var carts = Carts(context);

        var created = await carts.CreateCartAsync(context.CancellationToken);
        var token = created.Token!;
        var payload = created;
        if (lines.Count > 0)
        {
            payload = await carts.AddLinesAsync(token, lines, context.CancellationToken);
        }

        if (email is not null && payload.Succeeded)
        {
            payload = await carts.SetEmailAsync(token, email, context.CancellationToken);
        }

        return CartMutationResult.From(token, payload);
    }

    private static List<CartLineInput> LineInputs(IReadOnlyList<object?> lines) =>
        [.. Bounded(lines, "lines").Select(line =>
        {
            var map = (IReadOnlyDictionary<string, object?>)line!;
            return new CartLineInput(GlobalId.Decode(map.Get<string>("variantId")!, "ProductVariant"), map.Get<int>("quantity"));
        })];

    private static CartLineUpdate LineUpdate(object? line)
    {
        var map = (IReadOnlyDictionary<string, object?>)line!;
        return new CartLineUpdate(GlobalId.Decode(map.Get<string>("id")!, "CartLine"), map.Get<int>("quantity"));
    }

    private static IReadOnlyList<object?> Bounded(IReadOnlyList<object?> items, string name) =>
        items.Count <= MaxLinesPerCall
            ? items
            : throw Arguments.InvalidArgument($"'{name}' may hold at most {MaxLinesPerCall} entries, had {items.Count}.");
}

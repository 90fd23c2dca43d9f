using Headless.Api.Storefront.Checkout.Inputs;
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
        .AddResolver("Query", "cart", async (string id, IResolveFieldContext context) =>
        {
            var token = id;
            var payload = await Carts(context).GetCartAsync(token, context.CancellationToken);
            return payload.Cart is null ? null : new CartResult(token, payload.Cart);
        })
        .AddResolver("Mutation", "createCart", CreateCartAsync)
        .AddResolver("Mutation", "addCartLines", (AddCartLinesInput input, IResolveFieldContext context) => Change(context, input.CartId, (carts, token, ct) =>
            carts.AddLinesAsync(token, LineInputs(input.Lines), ct)))
        .AddResolver("Mutation", "updateCartLines", (UpdateCartLinesInput input, IResolveFieldContext context) => Change(context, input.CartId, (carts, token, ct) =>
            carts.UpdateLinesAsync(token, [.. Bounded(input.Lines, "lines").Select(LineUpdate)], ct)))
        .AddResolver("Mutation", "removeCartLines", (RemoveCartLinesInput input, IResolveFieldContext context) => Change(context, input.CartId, (carts, token, ct) =>
            carts.RemoveLinesAsync(token, [.. Bounded(input.LineIds, "lineIds").Select(id => GlobalId.Decode(id, "CartLine"))], ct)))
        .AddResolver("Mutation", "setCartEmail", (SetCartEmailInput input, IResolveFieldContext context) => Change(context, input.CartId, (carts, token, ct) =>
            carts.SetEmailAsync(token, input.Email, ct)))
        .AddResolver("Mutation", "setCartShippingAddress", (SetCartAddressInput input, IResolveFieldContext context) => Change(context, input.CartId, (carts, token, ct) =>
            carts.SetShippingAddressAsync(token, input.Address.ToAddress(), ct)))
        .AddResolver("Mutation", "setCartBillingAddress", (SetCartAddressInput input, IResolveFieldContext context) => Change(context, input.CartId, (carts, token, ct) =>
            carts.SetBillingAddressAsync(token, input.Address.ToAddress(), ct)))
        .AddResolver("Mutation", "setCartShippingMethod", (SetCartShippingMethodInput input, IResolveFieldContext context) => Change(context, input.CartId, (carts, token, ct) =>
            carts.SetShippingMethodAsync(token, input.Code, ct)));

    private static CartService Carts(IResolveFieldContext context) => context.RequestServices.GetRequiredService<CartService>();

    private static async Task<object?> Change(
        IResolveFieldContext context,
        string token,
        Func<CartService, string, CancellationToken, Task<CartPayload>> change)
    {
        return CartMutationResult.From(token, await change(Carts(context), token, context.CancellationToken));
    }

    /// <summary>An empty cart, then its first lines and email through the same operations as later changes.</summary>
    private static async Task<object?> CreateCartAsync(CreateCartInput? input, IResolveFieldContext context)
    {
        var lines = LineInputs(input?.Lines ?? []);
        var email = input?.Email;
        var carts = Carts(context);

        // Without lines the email is set as the cart is written (one statement); with them it waits until they are in.
        var created = await carts.CreateCartAsync(lines.Count == 0 ? email : null, context.CancellationToken);
        var token = created.Token!;
        await Accounts.SignedInCustomerLinks.AttachCartAsync(context, token);
        var payload = created;
        if (lines.Count > 0)
        {
            payload = await carts.AddLinesAsync(token, lines, context.CancellationToken);
            if (email is not null && payload.Succeeded)
            {
                payload = await carts.SetEmailAsync(token, email, context.CancellationToken);
            }
        }

        return CartMutationResult.From(token, payload);
    }

    private static List<Infrastructure.Checkout.CartLineInput> LineInputs(IReadOnlyList<Inputs.CartLineInput> lines) =>
        [.. Bounded(lines, "lines").Select(line =>
            new Infrastructure.Checkout.CartLineInput(GlobalId.Decode(line.VariantId, "ProductVariant"), line.Quantity, line.Recipient))];

    private static CartLineUpdate LineUpdate(CartLineUpdateInput line) =>
        new(GlobalId.Decode(line.Id, "CartLine"), line.Quantity);

    private static IReadOnlyList<T> Bounded<T>(IReadOnlyList<T> items, string name) =>
        items.Count <= MaxLinesPerCall
            ? items
            : throw Arguments.InvalidArgument($"'{name}' may hold at most {MaxLinesPerCall} entries, had {items.Count}.");
}

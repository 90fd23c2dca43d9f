using Headless.Api.Storefront.Accounts;
using Headless.Api.Storefront.Catalog;
using Headless.Api.Storefront.Checkout;
using Headless.Api.Storefront.Ordering;
using Headless.Api.Storefront.Shipping;
using Headless.GraphQL.Types;

namespace Headless.Api.Storefront;

/// <summary>
/// The storefront schema: <c>schema/storefront.graphql</c> (embedded in the assembly, so the served contract is
/// the file) bound to the resolvers of each feature folder.
/// </summary>
public static class StorefrontSchema
{
    public const string ResourceName = "Headless.Api.Storefront.storefront.graphql";

    public static string Sdl()
    {
        using var stream = typeof(StorefrontSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded schema {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Schema Build() => Build(Sdl());

    /// <summary>The resolvers bound to <paramref name="sdl"/>; every binding is checked, so a drifted SDL fails here.</summary>
    public static Schema Build(string sdl) =>
        SchemaBuilder.FromSdl(sdl)
            .AddMoneyAndScalars()
            .AddCatalogQueries()
            .AddProductFields()
            .AddVariantFields()
            .AddCategoryFields()
            .AddCartMutations()
            .AddCartFields()
            .AddPlaceOrder()
            .AddOrderFields()
            .AddReturnFields()
            .AddShipmentFields()
            .AddOrderStatusSubscription()
            // The root fields are where the I/O happens (nested fields go through DataLoaders, which have their own spans).
            .TraceResolver("Query", "node", "nodes", "products", "product", "variant", "categories", "category", "cart", "order")
            .TraceResolver(
                "Mutation",
                "createCart", "addCartLines", "updateCartLines", "removeCartLines", "setCartEmail", "setCartShippingAddress", "setCartShippingMethod", "setCartBillingAddress", "placeOrder")
            .AddAccountMutations()
            .AddProviderSignInMutations()
            .AddCustomerFields()
            .AddDataRights()
            .AddCustomerTotpMutations()
            .AddTrustedDevices()
            .Build();
}

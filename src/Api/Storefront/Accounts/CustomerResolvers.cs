using Headless.Api.Identity;
using Headless.Api.Storefront.Accounts.Inputs;
using Headless.Api.Storefront.Checkout;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Catalog;
using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary><c>Query.me</c>, the fields of <c>Customer</c>, the address-book mutations and <c>AccountError</c>.</summary>
internal static class CustomerResolvers
{
    public static SchemaBuilder AddCustomerFields(this SchemaBuilder schema) => schema
        .BindEnum<AccountErrorCode>("AccountErrorCode")
        .AddResolver("Query", "me", async (IResolveFieldContext context) =>
            context.CustomerId() is { } id ? await Profiles(context).GetAsync(id, context.CancellationToken) : null)
        .AddResolver("Customer", "id", context => GlobalId.Encode("Customer", Me(context).Id))
        .AddResolver("Customer", "addresses", async context =>
            await Profiles(context).AddressesAsync(Me(context).Id, context.CancellationToken))
        .AddResolver("Customer", "defaultAddress", async context =>
            (await Profiles(context).AddressesAsync(Me(context).Id, context.CancellationToken)).FirstOrDefault(a => a.IsDefault))
        .AddResolver("Customer", "orders", async (int? first, string? after, IResolveFieldContext context) =>
        {
            var size = first ?? CustomerCommerce.DefaultPageSize;
            if (size is < 0 or > CustomerCommerce.MaxPageSize)
            {
                throw new GraphQLException($"'first' must be between 0 and {CustomerCommerce.MaxPageSize}.", CatalogInputErrorCodes.InvalidPagination);
            }

            try
            {
                return new CustomerOrderConnection(await Commerce(context).OrdersAsync(Me(context).Id, size, after, context.CancellationToken));
            }
            catch (FormatException)
            {
                throw new GraphQLException("The cursor is not one this list gave out.", CatalogInputErrorCodes.InvalidCursor);
            }
        })
        .AddResolver("Customer", "order", async (string id, IResolveFieldContext context) =>
            GlobalId.TryDecode(id) is ("Order", var orderId) ? await Commerce(context).OrderAsync(Me(context).Id, orderId, context.CancellationToken) : null)
        .AddResolver("Customer", "cart", async context =>
        {
            if (await Commerce(context).CartTokenAsync(Me(context).Id, context.CancellationToken) is not { } token)
            {
                return null;
            }

            var view = (await context.RequestServices.GetRequiredService<CartService>().GetCartAsync(token, context.CancellationToken)).Cart;
            return view is null ? null : new CartResult(token, view);
        })
        .AddResolver("CustomerAddress", "id", context => GlobalId.Encode("CustomerAddress", ((CustomerAddressView)context.Source!).Id))
        .AddResolver("Mutation", "addAddress", (AddAddressInput input, IResolveFieldContext context) => Change(context, (profiles, id, ct) =>
            profiles.AddAddressAsync(id, input.Address.ToAddress(), input.SetDefault == true, ct)))
        .AddResolver("Mutation", "updateAddress", (UpdateAddressInput input, IResolveFieldContext context) => Change(context, (profiles, id, ct) =>
            AddressId(input.Id) is { } addressId ? profiles.UpdateAddressAsync(id, addressId, input.Address.ToAddress(), ct) : NotFound()))
        .AddResolver("Mutation", "deleteAddress", (CustomerAddressIdInput input, IResolveFieldContext context) => Change(context, async (profiles, id, ct) =>
            AddressId(input.Id) is { } addressId ? (null, await profiles.DeleteAddressAsync(id, addressId, ct)) : await NotFound()))
        .AddResolver("Mutation", "setDefaultAddress", (CustomerAddressIdInput input, IResolveFieldContext context) => Change(context, (profiles, id, ct) =>
            AddressId(input.Id) is { } addressId ? profiles.SetDefaultAddressAsync(id, addressId, ct) : NotFound()));

    private static CustomerProfile Me(IResolveFieldContext context) => (CustomerProfile)context.Source!;

    private static CustomerProfiles Profiles(IResolveFieldContext context) => context.RequestServices.GetRequiredService<CustomerProfiles>();

    private static CustomerCommerce Commerce(IResolveFieldContext context) => context.RequestServices.GetRequiredService<CustomerCommerce>();

    private static Guid? AddressId(string id) => GlobalId.TryDecode(id) is ("CustomerAddress", var addressId) ? addressId : null;

    private static Task<(CustomerAddressView? Address, IReadOnlyList<AccountError> Errors)> NotFound() =>
        Task.FromResult<(CustomerAddressView?, IReadOnlyList<AccountError>)>((null, [new AccountError(AccountErrorCode.AddressNotFound, "The address book has no entry with this ID.", ["id"], "id")]));

    private static async Task<object?> Change(
        IResolveFieldContext context,
        Func<CustomerProfiles, Guid, CancellationToken, Task<(CustomerAddressView? Address, IReadOnlyList<AccountError> Errors)>> change)
    {
        if (context.CustomerId() is not { } id || await Profiles(context).GetAsync(id, context.CancellationToken) is null)
        {
            return new CustomerAddressPayloadResult(null, null, [AccountError.Unauthenticated()]);
        }

        var (address, errors) = await change(Profiles(context), id, context.CancellationToken);
        return new CustomerAddressPayloadResult(address, await Profiles(context).GetAsync(id, context.CancellationToken), errors);
    }
}

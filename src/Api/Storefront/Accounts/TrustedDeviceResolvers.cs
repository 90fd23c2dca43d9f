using Headless.Api.Identity;
using Headless.Api.Storefront.Accounts.Inputs;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Identity.Devices;

namespace Headless.Api.Storefront.Accounts;

/// <summary><c>Customer.trustedDevices</c> and <c>revokeTrustedDevice</c>: thin calls to <see cref="TrustedDevices"/>.</summary>
internal static class TrustedDeviceResolvers
{
    internal const string TypeName = "TrustedDevice";

    public static SchemaBuilder AddTrustedDevices(this SchemaBuilder schema) => schema
        .AddResolver("Customer", "trustedDevices", async context =>
        {
            // A scope of its own: sibling fields of the customer resolve at the same time on their own contexts.
            await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TrustedDevices>().ListAsync(((CustomerProfile)context.Source!).Id, context.CancellationToken);
        })
        .AddResolver(TypeName, "id", context => GlobalId.Encode(TypeName, ((TrustedDeviceView)context.Source!).Id))
        .AddResolver("Mutation", "revokeTrustedDevice", async (RevokeTrustedDeviceInput input, IResolveFieldContext context) =>
        {
            if (context.CustomerId() is not { } customerId)
            {
                return new RevokeTrustedDevicePayloadResult(false, [AccountError.Unauthenticated()]);
            }

            var revoked = GlobalId.TryDecode(input.Id) is (TypeName, var deviceId)
                && await context.RequestServices.GetRequiredService<TrustedDevices>().RevokeAsync(customerId, deviceId, context.CancellationToken);
            return revoked
                ? new RevokeTrustedDevicePayloadResult(true, [])
                : new RevokeTrustedDevicePayloadResult(false, [new AccountError(AccountErrorCode.DeviceNotFound, "The account has no trusted device with this ID.", ["id"], "id")]);
        });
}

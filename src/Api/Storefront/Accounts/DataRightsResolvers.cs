using Headless.Api.Identity;
using Headless.Api.Storefront.Accounts.Inputs;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Api.Storefront.Accounts;

/// <summary><c>exportMyData</c> and <c>deleteMyAccount</c>.</summary>
internal static class DataRightsResolvers
{
    public static SchemaBuilder AddDataRights(this SchemaBuilder schema) => schema
        .AddResolver("Mutation", "exportMyData", async (IResolveFieldContext context) =>
            context.CustomerId() is { } id && await Rights(context).ExportAsync(id, context.CancellationToken) is { } data
                ? new ExportMyDataPayloadResult(data, [])
                : new ExportMyDataPayloadResult(null, [AccountError.Unauthenticated()]))
        .AddResolver("Mutation", "deleteMyAccount", async (DeleteMyAccountInput input, IResolveFieldContext context) =>
        {
            var db = context.RequestServices.GetRequiredService<HeadlessDbContext>();
            if (context.CustomerId() is not { } id || await db.Customers.SingleOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, context.CancellationToken) is not { } customer)
            {
                return new DeleteMyAccountPayloadResult(false, [AccountError.Unauthenticated()]);
            }

            var accounts = context.RequestServices.GetRequiredService<CustomerAccountService>();
            if (await accounts.ConfirmPasswordAsync(customer, input.Password, AccountMutationResolvers.Client(context), context.CancellationToken) is { } refused)
            {
                return new DeleteMyAccountPayloadResult(false, [refused]);
            }

            await Rights(context).DeleteAsync(customer, context.CancellationToken);
            return new DeleteMyAccountPayloadResult(true, []);
        });

    private static CustomerDataRights Rights(IResolveFieldContext context) => context.RequestServices.GetRequiredService<CustomerDataRights>();
}

using Headless.Api.Admin.Inputs;
using Headless.Api.Identity;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>The signed-in customer's authenticator app: thin calls to <see cref="CustomerTotp"/>.</summary>
internal static class TotpResolvers
{
    public static SchemaBuilder AddCustomerTotpMutations(this SchemaBuilder schema) => schema
        .AddResolver("Mutation", "startTotpEnrollment", async (IResolveFieldContext context) =>
        {
            if (context.CustomerId() is not { } id)
            {
                return new StartTotpEnrollmentPayloadResult(null, null, null, [AccountError.Unauthenticated()]);
            }

            var (enrollment, errors) = await Totp(context).StartAsync(id, context.CancellationToken);
            return new StartTotpEnrollmentPayloadResult(enrollment?.Secret, enrollment?.OtpAuthUri, enrollment?.QrCodeSvg, errors);
        })
        .AddResolver("Mutation", "confirmTotpEnrollment", async (TotpCodeInput input, IResolveFieldContext context) =>
        {
            if (context.CustomerId() is not { } id)
            {
                return new ConfirmTotpEnrollmentPayloadResult(null, [AccountError.Unauthenticated()]);
            }

            var (codes, errors) = await Totp(context).ConfirmAsync(id, input.Code, context.CancellationToken);
            return new ConfirmTotpEnrollmentPayloadResult(codes, errors);
        })
        .AddResolver("Mutation", "disableTotp", async (TotpCodeInput input, IResolveFieldContext context) =>
        {
            if (context.CustomerId() is not { } id)
            {
                return new DisableTotpPayloadResult(false, [AccountError.Unauthenticated()]);
            }

            var errors = await Totp(context).DisableAsync(id, input.Code, context.CancellationToken);
            return new DisableTotpPayloadResult(errors.Count == 0, errors);
        });

    private static CustomerTotp Totp(IResolveFieldContext context) => context.RequestServices.GetRequiredService<CustomerTotp>();
}

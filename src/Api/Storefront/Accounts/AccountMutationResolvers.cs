using Headless.Api.Hosting.RateLimiting;
using Headless.Api.Identity;
using Headless.Api.Storefront.Accounts.Inputs;
using Headless.Api.Storefront.Checkout;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Identity.Tokens;

namespace Headless.Api.Storefront.Accounts;

/// <summary>Sign-up, sign-in, sessions, and the password and email flows: thin calls to <see cref="CustomerAccountService"/>.</summary>
internal static class AccountMutationResolvers
{
    public static SchemaBuilder AddAccountMutations(this SchemaBuilder schema) => schema
        .AddResolver("Mutation", "signUp", async (SignUpInput input, IResolveFieldContext context) =>
        {
            var result = await Accounts(context).SignUpAsync(input.Email, input.Password, input.FirstName, input.LastName, Client(context), context.CancellationToken);
            return await PayloadAsync(context, result, input.CartId);
        })
        .AddResolver("Mutation", "signIn", async (SignInInput input, IResolveFieldContext context) =>
        {
            var result = await Accounts(context).SignInAsync(input.Email, input.Password, input.TotpCode, input.DeviceToken, Client(context), context.CancellationToken);
            return await PayloadAsync(context, result, input.CartId);
        })
        .AddResolver("Mutation", "refreshSession", async (RefreshSessionInput input, IResolveFieldContext context) =>
        {
            var sources = context.RequestServices.GetServices<ICallerPermissionSource>();
            var result = await Accounts(context).RefreshAsync(input.RefreshToken, sources, context.CancellationToken);
            return await PayloadAsync(context, result, null);
        })
        .AddResolver("Mutation", "signOut", async (SignOutInput? input, IResolveFieldContext context) =>
            new AccountPayloadResult(null, await Accounts(context).SignOutAsync(context.SessionId(), input?.RefreshToken, context.CancellationToken)))
        .AddResolver("Mutation", "requestPasswordReset", async (RequestPasswordResetInput input, IResolveFieldContext context) =>
            new AccountPayloadResult(null, await Accounts(context).RequestPasswordResetAsync(input.Email, Client(context), context.CancellationToken)))
        .AddResolver("Mutation", "resetPassword", async (ResetPasswordInput input, IResolveFieldContext context) =>
            Payload(context, await Accounts(context).ResetPasswordAsync(input.Token, input.NewPassword, context.CancellationToken)))
        .AddResolver("Mutation", "changePassword", async (ChangePasswordInput input, IResolveFieldContext context) =>
            context.CustomerId() is { } id
                ? Payload(context, await Accounts(context).ChangePasswordAsync(id, context.SessionId(), input.CurrentPassword, input.NewPassword, Client(context), context.CancellationToken))
                : Anonymous())
        .AddResolver("Mutation", "requestEmailVerification", async (IResolveFieldContext context) =>
            context.CustomerId() is { } id
                ? Payload(context, await Accounts(context).RequestEmailVerificationAsync(id, context.CancellationToken))
                : Anonymous())
        .AddResolver("Mutation", "verifyEmail", async (VerifyEmailInput input, IResolveFieldContext context) =>
            Payload(context, await Accounts(context).VerifyEmailAsync(input.Token, context.CancellationToken)))
        .AddResolver("Mutation", "updateMyProfile", async (UpdateMyProfileInput input, IResolveFieldContext context) =>
        {
            if (context.CustomerId() is not { } id)
            {
                return Anonymous();
            }

            var (profile, errors) = await Profiles(context).UpdateAsync(id, input.FirstName, input.LastName, input.Phone, context.CancellationToken);
            return new AccountPayloadResult(profile, errors);
        });

    internal static string Client(IResolveFieldContext context) =>
        ClientAddress.Of(context.RequestServices.GetRequiredService<IHttpContextAccessor>().HttpContext!);

    internal static AccountPayloadResult Anonymous() => new(null, [AccountError.Unauthenticated()]);

    private static CustomerAccountService Accounts(IResolveFieldContext context) => context.RequestServices.GetRequiredService<CustomerAccountService>();

    private static CustomerProfiles Profiles(IResolveFieldContext context) => context.RequestServices.GetRequiredService<CustomerProfiles>();

    private static AccountPayloadResult Payload(IResolveFieldContext context, (Customer? Customer, IReadOnlyList<AccountError> Errors) result) =>
        new(result.Customer is null ? null : Profiles(context).View(result.Customer), result.Errors);

    /// <summary>The tokens, the customer, and the account's cart (after merging <paramref name="guestCartId"/> into it).</summary>
    internal static async Task<AuthPayloadResult> PayloadAsync(IResolveFieldContext context, AuthResult result, string? guestCartId)
    {
        if (result.Errors.Count > 0 || result.Access is null || result.Session is null)
        {
            return AuthPayloadResult.Failed(result.Errors);
        }

        CustomerProfile? profile = null;
        CartResult? cart = null;
        if (result.Customer is { } customer)
        {
            profile = Profiles(context).View(customer);
            var commerce = context.RequestServices.GetRequiredService<CustomerCommerce>();
            var token = await commerce.MergeGuestCartAsync(customer.Id, guestCartId, context.CancellationToken);
            if (token is not null && (await context.RequestServices.GetRequiredService<CartService>().GetCartAsync(token, context.CancellationToken)).Cart is { } view)
            {
                cart = new CartResult(token, view);
            }
        }

        return new AuthPayloadResult(result.Access.Token, result.Access.ExpiresAt, result.Session.RefreshToken, result.Session.RefreshTokenExpiresAt, profile, cart, [])
        {
            DeviceToken = result.DeviceToken,
        };
    }
}

using Headless.Api.Identity.Oidc;
using Headless.Api.Storefront.Accounts.Inputs;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.Api.Storefront.Accounts;

/// <summary><c>signInWithProvider</c> (the mobile flow) and <c>exchangeSignInCode</c> (the end of the browser flow); both answer as <c>signIn</c>.</summary>
internal static class ProviderSignInResolvers
{
    public static SchemaBuilder AddProviderSignInMutations(this SchemaBuilder schema) => schema
        .AddResolver("Mutation", "signInWithProvider", async (SignInWithProviderInput input, IResolveFieldContext context) =>
        {
            var result = await context.RequestServices.GetRequiredService<ProviderSignInService>().SignInWithProviderAsync(
                input.Provider, input.IdToken, input.Nonce, input.Code, input.CodeVerifier, input.RedirectUri, context.CancellationToken);
            return await AccountMutationResolvers.PayloadAsync(context, result, input.CartId);
        })
        .AddResolver("Mutation", "exchangeSignInCode", async (ExchangeSignInCodeInput input, IResolveFieldContext context) =>
        {
            var result = await context.RequestServices.GetRequiredService<ProviderSignInService>().ExchangeSignInCodeAsync(input.Code, context.CancellationToken);
            return await AccountMutationResolvers.PayloadAsync(context, result, input.CartId);
        });
}

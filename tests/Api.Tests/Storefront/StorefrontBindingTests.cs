using Headless.Api.Storefront;
using Headless.GraphQL.Types;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Storefront;

/// <summary>
/// Resolvers receive typed arguments, bound to the SDL when the schema is built: an SDL that drifts from the C#
/// side stops the server at start-up, with a message naming both sides, instead of failing when the field is called.
/// </summary>
public sealed class StorefrontBindingTests
{
    private const string PlaceOrderInput = "Headless.Api.Storefront.Ordering.Inputs.PlaceOrderInput";

    [Fact]
    public async Task TheServerRefusesToStartWhenAnSdlInputFieldIsRenamedNamingTheFieldAndTheRecordMember()
    {
        var renamed = Renamed("  idempotencyKey: String!", "  requestKey: String!");
        await using var api = new HeadlessApiFactory();
        await using var factory = api.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddSingleton(_ => StorefrontSchema.Build(renamed))));

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var build = BuildFailure(failure);
        Assert.Equal(
            [
                $"C# member {PlaceOrderInput}.IdempotencyKey (string) has no input field \"PlaceOrderInput.idempotencyKey\" to bind to: rename it or add the input field to the SDL.",
                $"Input field \"PlaceOrderInput.requestKey\" has no C# member in {PlaceOrderInput}: add RequestKey.",
            ],
            build.Errors);
    }

    [Fact]
    public void RenamingAFieldArgumentStopsTheBuildNamingTheArgumentAndTheResolverParameter()
    {
        var renamed = Renamed(
            "  cart(\n    \"\"\"The cart's ID as `createCart` returned it.\"\"\"\n    id: ID!",
            "  cart(\n    \"\"\"The cart's ID as `createCart` returned it.\"\"\"\n    token: ID!");

        var build = Assert.Throws<SchemaBuildException>(() => StorefrontSchema.Build(renamed));

        Assert.Equal(
            ["The resolver of \"Query.cart\" has parameter \"id\" (string), but the field has no argument \"id\": rename the parameter or add the argument to the SDL."],
            build.Errors);
    }

    [Fact]
    public void ThePublishedSchemaBindsEveryResolverWithoutMismatch() => StorefrontSchema.Build();

    private static string Renamed(string from, string to)
    {
        var sdl = StorefrontSchema.Sdl().ReplaceLineEndings("\n");
        var at = sdl.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The SDL has no '{from}'.");

        // The first occurrence only: other inputs may have a field of the same name.
        return string.Concat(sdl.AsSpan(0, at), to, sdl.AsSpan(at + from.Length));
    }

    private static SchemaBuildException BuildFailure(Exception failure)
    {
        for (Exception? error = failure; error is not null; error = error.InnerException)
        {
            if (error is SchemaBuildException build)
            {
                return build;
            }
        }

        throw new Xunit.Sdk.XunitException("The host did not fail with a SchemaBuildException: " + failure);
    }
}

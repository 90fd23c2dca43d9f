using Headless.GraphQL.Execution;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront;

/// <summary>
/// Bad input the schema cannot express. Arguments themselves reach resolvers as typed parameters and records,
/// bound by name and checked against the SDL when the schema is built.
/// </summary>
internal static class Arguments
{
    /// <summary>Bad input as a field error with a stable code (the executor adds path and locations).</summary>
    public static GraphQLException InvalidArgument(string message) => new(message, CatalogInputErrorCodes.InvalidArgument);
}

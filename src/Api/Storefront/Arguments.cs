using Headless.GraphQL.Execution;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront;

/// <summary>Reads coerced argument and input-object values; an explicit null counts as not given.</summary>
internal static class Arguments
{
    public static T? Get<T>(this IResolveFieldContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is not null ? ClrInputConverter.Convert<T>(value) : default;

    public static T? Get<T>(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? ClrInputConverter.Convert<T>(value) : default;

    public static IReadOnlyList<object?> List(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is System.Collections.IEnumerable items and not string ? [.. items.Cast<object?>()] : [];

    public static IReadOnlyDictionary<string, object?>? Object(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) ? value as IReadOnlyDictionary<string, object?> : null;

    /// <summary>Bad input as a field error with a stable code (the executor adds path and locations).</summary>
    public static GraphQLException InvalidArgument(string message) => new(message, CatalogInputErrorCodes.InvalidArgument);
}

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>Reads the automatic persisted-query extension: <c>extensions.persistedQuery = {version: 1, sha256Hash}</c>.</summary>
public static class PersistedQueryExtension
{
    public static bool HasPersistedQueryHash(this OperationRequest request) => request.GetPersistedQueryHash() is not null;

    public static string? GetPersistedQueryHash(this OperationRequest request) =>
        request.Extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> persisted
            ? persisted.GetValueOrDefault("sha256Hash") as string
            : null;
}

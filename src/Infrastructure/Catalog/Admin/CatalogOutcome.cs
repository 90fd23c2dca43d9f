namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>What a catalog write returns: the written value, or why nothing was written.</summary>
public sealed record CatalogOutcome<T>(T? Value, IReadOnlyList<CatalogError> Errors)
    where T : class
{
    public static CatalogOutcome<T> Done(T value) => new(value, []);

    public static CatalogOutcome<T> Refused(string code, string message, string? field = null) => new(null, [new CatalogError(code, message, field)]);
}

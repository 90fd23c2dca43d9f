namespace Headless.Infrastructure.Catalog;

/// <summary>Bad input to a catalog read; <see cref="Code"/> is the API error code (e.g. INVALID_CURSOR).</summary>
public sealed class CatalogInputException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

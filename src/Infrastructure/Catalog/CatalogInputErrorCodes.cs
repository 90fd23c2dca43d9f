namespace Headless.Infrastructure.Catalog;

/// <summary>The <c>extensions.code</c> values of bad catalog input, as documented in schema/storefront.graphql.</summary>
public static class CatalogInputErrorCodes
{
    public const string InvalidId = "INVALID_ID";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPagination = "INVALID_PAGINATION";
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A filter wider or deeper than <see cref="CatalogFilterOptions"/> allow.</summary>
    public const string FilterTooComplex = "FILTER_TOO_COMPLEX";
}

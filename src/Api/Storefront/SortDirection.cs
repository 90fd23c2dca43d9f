namespace Headless.Api.Storefront;

/// <summary>The CLR side of the <c>OrderDirection</c> enum.</summary>
public enum SortDirection
{
    Asc,
    Desc,
}

namespace Headless.Infrastructure.Catalog.Admin;

public enum AdminProductStatus
{
    Published,
    Draft,
    Deleted,
}

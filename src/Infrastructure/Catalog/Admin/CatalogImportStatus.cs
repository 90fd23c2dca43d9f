namespace Headless.Infrastructure.Catalog.Admin;

public enum CatalogImportStatus
{
    Running,
    Succeeded,
    Failed,
}

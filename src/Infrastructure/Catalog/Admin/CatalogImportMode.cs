namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>What an import does with wrong rows.</summary>
public enum CatalogImportMode
{
    /// <summary>Any wrong row refuses the whole file: nothing is imported (the default).</summary>
    AllOrNothing,

    /// <summary>The valid rows are imported; each wrong row is skipped and named in the job's errors.</summary>
    PerRow,
}

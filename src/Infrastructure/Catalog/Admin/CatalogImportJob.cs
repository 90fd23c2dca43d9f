namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>
/// One CSV import: its status and counts, queryable from any instance, and the errors per line when it was refused.
/// </summary>
public sealed class CatalogImportJob
{
    public const int MaxIdempotencyKeyLength = CatalogIdempotencyKey.MaxKeyLength;

    public CatalogImportJob(Guid id, string? idempotencyKey, int total, DateTimeOffset createdAt)
    {
        Id = id;
        IdempotencyKey = idempotencyKey;
        Total = total;
        CreatedAt = createdAt;
        Status = CatalogImportStatus.Running;
    }

    public Guid Id { get; private set; }

    /// <summary>The caller's key: the same key returns this job instead of importing again.</summary>
    public string? IdempotencyKey { get; private set; }

    public CatalogImportStatus Status { get; private set; }

    /// <summary>Data rows in the file.</summary>
    public int Total { get; private set; }

    /// <summary>Rows validated, then rows written; equals <see cref="Total"/> when the job ends well.</summary>
    public int Processed { get; private set; }

    public int ProductsCreated { get; private set; }

    public int ProductsUpdated { get; private set; }

    public int VariantsCreated { get; private set; }

    public int VariantsUpdated { get; private set; }

    /// <summary>The line errors as JSON (<see cref="CatalogRowError"/> list); empty when none.</summary>
    public string ErrorsJson { get; private set; } = "[]";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public void Progress(int processed) => Processed = processed;

    public void Succeed(int productsCreated, int productsUpdated, int variantsCreated, int variantsUpdated, DateTimeOffset at)
    {
        (ProductsCreated, ProductsUpdated, VariantsCreated, VariantsUpdated) = (productsCreated, productsUpdated, variantsCreated, variantsUpdated);
        Processed = Total;
        Status = CatalogImportStatus.Succeeded;
        FinishedAt = at;
    }

    public void Fail(string errorsJson, DateTimeOffset at)
    {
        ErrorsJson = errorsJson;
        Status = CatalogImportStatus.Failed;
        FinishedAt = at;
    }
}

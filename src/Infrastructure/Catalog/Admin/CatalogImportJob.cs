namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>
/// One CSV import: its status and counts, queryable from any instance, and the errors per line. A background job
/// keeps its file until it ends and is run in batches by whichever instance holds its lease
/// (<see cref="CatalogImportWorker"/>); <see cref="Processed"/> is both its progress and its resume point.
/// </summary>
public sealed class CatalogImportJob
{
    public const int MaxIdempotencyKeyLength = CatalogIdempotencyKey.MaxKeyLength;

    public CatalogImportJob(Guid id, string? idempotencyKey, int total, DateTimeOffset createdAt, CatalogImportMode mode = CatalogImportMode.AllOrNothing)
    {
        Id = id;
        IdempotencyKey = idempotencyKey;
        Total = total;
        CreatedAt = createdAt;
        Mode = mode;
        Status = CatalogImportStatus.Running;
    }

    /// <summary>A job for the background: it keeps <paramref name="csv"/> and who asked (for the audit of each batch).</summary>
    public static CatalogImportJob Queued(
        Guid id, string? idempotencyKey, int total, DateTimeOffset createdAt, CatalogImportMode mode, string csv, string actorKind, string? actorId, string? requestId, string? clientAddress) =>
        new(id, idempotencyKey, total, createdAt, mode)
        {
            Background = true,
            Csv = csv,
            ActorKind = actorKind,
            ActorId = actorId,
            RequestId = requestId,
            ClientAddress = clientAddress,
        };

    public Guid Id { get; private set; }

    /// <summary>The caller's key: the same key returns this job instead of importing again.</summary>
    public string? IdempotencyKey { get; private set; }

    public CatalogImportStatus Status { get; private set; }

    /// <summary>Data rows in the file.</summary>
    public int Total { get; private set; }

    /// <summary>Rows validated, then rows written; equals <see cref="Total"/> when the job ends well.</summary>
    public int Processed { get; private set; }

    public CatalogImportMode Mode { get; private set; }

    /// <summary>True when the job runs in the background, in batches.</summary>
    public bool Background { get; private set; }

    /// <summary>Rows skipped as wrong (per-row mode); each is in the errors.</summary>
    public int RowsFailed { get; private set; }

    /// <summary>The file of a background job while it runs; cleared when it ends.</summary>
    public string? Csv { get; private set; }

    /// <summary>The instance running the job, until <see cref="LeaseUntil"/>; another may take it over after.</summary>
    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    /// <summary>Who asked for a background job, so that its batches are audited as theirs.</summary>
    public string? ActorKind { get; private set; }

    public string? ActorId { get; private set; }

    public string? RequestId { get; private set; }

    public string? ClientAddress { get; private set; }

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
        Csv = null;
        LeaseOwner = null;
        LeaseUntil = null;
    }

    /// <summary>Per-row mode: the valid rows were written, <paramref name="failed"/> rows were skipped (named in the errors).</summary>
    public void SucceedPerRow(int productsCreated, int productsUpdated, int variantsCreated, int variantsUpdated, int failed, string errorsJson, DateTimeOffset at)
    {
        (RowsFailed, ErrorsJson) = (failed, errorsJson);
        Succeed(productsCreated, productsUpdated, variantsCreated, variantsUpdated, at);
    }

    /// <summary>A background batch was written: the counts grow, the resume point moves, the lease is renewed.</summary>
    public void Advance(int processed, int productsCreated, int productsUpdated, int variantsCreated, int variantsUpdated, int failed, string errorsJson, DateTimeOffset leaseUntil)
    {
        Processed = processed;
        ProductsCreated += productsCreated;
        ProductsUpdated += productsUpdated;
        VariantsCreated += variantsCreated;
        VariantsUpdated += variantsUpdated;
        RowsFailed += failed;
        ErrorsJson = errorsJson;
        LeaseUntil = leaseUntil;
    }

    /// <summary>The last batch of a background job was written.</summary>
    public void Finish(DateTimeOffset at)
    {
        Status = Mode == CatalogImportMode.PerRow && RowsFailed == Total && Total > 0 ? CatalogImportStatus.Failed : CatalogImportStatus.Succeeded;
        FinishedAt = at;
        Csv = null;
        LeaseOwner = null;
        LeaseUntil = null;
    }
}

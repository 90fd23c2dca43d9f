using System.Globalization;
using System.Text.Json;
using Headless.Domain.Catalog;
using Headless.Domain.Common;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Catalog.Admin.Csv;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>
/// The catalog as CSV, one row per variant (a product without variants has one row with an empty SKU). Import
/// upserts by product slug and SKU through the aggregates; every row is checked first, and when any row is wrong
/// nothing is written and the job lists each wrong line with its column (all writes commit in one transaction);
/// in per-row mode the wrong rows are skipped and listed instead. A background import is run in batches by
/// <see cref="CatalogImportWorker"/>.
/// </summary>
public sealed class CatalogCsv(HeadlessDbContext db, CatalogAdminService catalog, TimeProvider clock)
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 10_000;
    public const string OptionSeparator = "|";

    public static readonly IReadOnlyList<string> Columns =
        ["product_slug", "product_name", "description", "kind", "category_slug", "published", "sku", "options", "price", "compare_at_price", "currency"];

    private static readonly string[] Required = ["product_slug", "product_name", "category_slug"];

    public async Task<string> ExportAsync(CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, ct);
        var products = await db.Products.AsNoTracking().Where(p => p.DeletedAt == null).OrderBy(p => p.Slug).Include(p => p.Variants).AsSplitQuery().ToListAsync(ct);
        var rows = new List<IReadOnlyList<string>> { Columns };
        foreach (var product in products)
        {
            IReadOnlyList<string> Row(ProductVariant? v) =>
            [
                product.Slug, product.Name, product.Description, product.Kind.ToString(), categories.GetValueOrDefault(product.CategoryId) ?? "",
                product.IsDraft ? "false" : "true", v?.Sku ?? "",
                v is null ? "" : string.Join(OptionSeparator, v.Options.Select(o => $"{o.Name}={o.Value}")),
                v is null ? "" : Amount(v.Price.Amount), v?.CompareAtPrice is { } c ? Amount(c.Amount) : "", v?.Price.Currency ?? "",
            ];
            rows.AddRange(product.Variants.Count == 0 ? [Row(null)] : product.Variants.Select(Row));
        }

        return Rfc4180.Write(rows);
    }

    /// <summary>Imports the file, or refuses it whole. A repeat with the same key returns the first job.</summary>
    public Task<CatalogImportJob> ImportAsync(string csv, string? idempotencyKey, CancellationToken ct) =>
        ImportAsync(csv, idempotencyKey, CatalogImportMode.AllOrNothing, background: false, ct);

    /// <summary>
    /// Imports the file now, or (<paramref name="background"/>) checks its shape, stores it in a job and returns the job
    /// at once for <see cref="CatalogImportWorker"/> to run in batches. A repeat with the same key returns the first job.
    /// </summary>
    public async Task<CatalogImportJob> ImportAsync(string csv, string? idempotencyKey, CatalogImportMode mode, bool background, CancellationToken ct)
    {
        if (idempotencyKey is not null && await db.CatalogImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.IdempotencyKey == idempotencyKey, ct) is { } earlier)
        {
            return earlier;
        }

        var (records, errors) = Read(csv);
        var job = new CatalogImportJob(Guid.NewGuid(), idempotencyKey, Math.Max(0, records.Count - 1), clock.GetUtcNow(), mode);
        if (errors.Count == 0 && background && HeaderOf(records, errors) is not null)
        {
            // Who asked is kept so that the batches written later, by any instance, are audited as theirs.
            var audit = AuditContext.Current;
            job = CatalogImportJob.Queued(job.Id, idempotencyKey, job.Total, job.CreatedAt, mode, csv,
                audit?.Actor.Kind ?? "system", audit?.Actor.Id, audit?.RequestId, audit?.ClientAddress);
            db.CatalogImportJobs.Add(job);
            await db.SaveChangesAsync(ct);
            return job;
        }

        if (errors.Count > 0)
        {
            return await FailAsync(job, errors, ct);
        }

        if (mode == CatalogImportMode.AllOrNothing)
        {
            var applied = await ApplyAsync(records, errors, ct);
            if (applied is null)
            {
                job.Progress(errors.Any(e => e.Line <= 1) ? 0 : job.Total);
                return await FailAsync(job, errors, ct);
            }

            job.Succeed(applied.ProductsCreated, applied.ProductsUpdated, applied.VariantsCreated, applied.VariantsUpdated, clock.GetUtcNow());
            return await CommitAsync(applied, job, ct);
        }

        var (kept, skipped) = await ApplyPerRowAsync(records, ct);
        if (kept is null)
        {
            return await FailAsync(job, skipped, ct);
        }

        var failedRows = skipped.Select(e => e.Line).Distinct().Count();
        if (failedRows == job.Total && job.Total > 0)
        {
            job.Progress(job.Total);
            return await FailAsync(job, skipped, ct);
        }

        job.SucceedPerRow(kept.ProductsCreated, kept.ProductsUpdated, kept.VariantsCreated, kept.VariantsUpdated, failedRows, ErrorsJson(skipped), clock.GetUtcNow());
        return await CommitAsync(kept, job, ct);
    }

    /// <summary>
    /// Runs the next batch of background job <paramref name="jobId"/> while <paramref name="owner"/> holds its lease:
    /// at least <paramref name="batchSize"/> rows (never splitting a product), written with the job's new resume point
    /// in one save, so a batch is written once or not at all whoever runs it. False when the job needs nothing more.
    /// </summary>
    public async Task<bool> RunBatchAsync(Guid jobId, string owner, int batchSize, TimeSpan lease, CancellationToken ct)
    {
        var job = await db.CatalogImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is not { Status: CatalogImportStatus.Running, Csv: { } csv } || job.LeaseOwner != owner)
        {
            return false;
        }

        using var audit = AuditContext.Begin(new AuditActor(job.ActorKind ?? "system", job.ActorId), "importCatalogCsv", job.RequestId, job.ClientAddress);
        audit.SetTarget(nameof(CatalogImportJob), job.Id.ToString());
        var (records, errors) = Read(csv);
        if (errors.Count == 0 && job.Mode == CatalogImportMode.AllOrNothing && job.Processed == 0)
        {
            // All or nothing: the whole file is checked before the first batch is written.
            _ = await ApplyAsync(records, errors, ct);
            Retrack(job);
        }

        if (errors.Count > 0)
        {
            job.Fail(ErrorsJson(errors), clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return false;
        }

        var rows = records.Skip(1).ToList();
        var end = BatchEnd(records[0], rows, job.Processed, Math.Max(1, batchSize));
        List<CsvRecord> batch = [records[0], .. rows.Take(end).Skip(job.Processed)];
        Applied? applied;
        var skipped = new List<CatalogRowError>();
        if (job.Mode == CatalogImportMode.PerRow)
        {
            (applied, skipped) = await ApplyPerRowAsync(batch, ct);
            if (db.Entry(job).State == EntityState.Detached)
            {
                // A round that set wrong rows aside cleared the change tracker, the job with it.
                db.CatalogImportJobs.Attach(job);
            }
        }
        else
        {
            applied = await ApplyAsync(batch, skipped, ct);
        }

        if (applied is null)
        {
            // All or nothing, yet a batch checked well with the whole file is now wrong: the catalog changed meanwhile.
            Retrack(job);
            job.Fail(ErrorsJson([.. Errors(job), .. skipped]), clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return false;
        }

        var now = clock.GetUtcNow();
        job.Advance(end, applied.ProductsCreated, applied.ProductsUpdated, applied.VariantsCreated, applied.VariantsUpdated,
            skipped.Select(e => e.Line).Distinct().Count(), ErrorsJson([.. Errors(job), .. skipped]), now + lease);
        if (end >= rows.Count)
        {
            job.Finish(now);
        }

        foreach (var product in applied.Products)
        {
            catalog.BumpRevision(product);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException race) when (race is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(race))
        {
            // Another instance took the job over (its resume point moved) or a row raced a writer: the next lease retries.
            db.ChangeTracker.Clear();
            return false;
        }

        await catalog.ProductsChangedAsync(applied.Products, applied.FormerSlugs, ct);
        return job.Status == CatalogImportStatus.Running;
    }

    public static IReadOnlyList<CatalogRowError> Errors(CatalogImportJob job) =>
        JsonSerializer.Deserialize<List<CatalogRowError>>(job.ErrorsJson) ?? [];

    /// <summary>Drops what a check changed in memory and tracks <paramref name="job"/> again, unchanged.</summary>
    private void Retrack(CatalogImportJob job)
    {
        db.ChangeTracker.Clear();
        db.CatalogImportJobs.Attach(job);
    }

    /// <summary>The file's records, or why it cannot be read at all (size, RFC 4180, row count).</summary>
    private static (IReadOnlyList<CsvRecord> Records, List<CatalogRowError> Errors) Read(string csv)
    {
        var errors = new List<CatalogRowError>();
        IReadOnlyList<CsvRecord> records = [];
        if (csv.Length > MaxBytes)
        {
            errors.Add(new CatalogRowError(0, null, CatalogAdminCodes.InvalidCsv, $"The file is larger than {MaxBytes} characters."));
            return (records, errors);
        }

        try
        {
            records = Rfc4180.Parse(csv, Columns.Count + 1);
        }
        catch (CsvFormatException bad)
        {
            errors.Add(new CatalogRowError(bad.Line, null, CatalogAdminCodes.InvalidCsv, bad.Message));
        }

        if (errors.Count == 0 && records.Count - 1 > MaxRows)
        {
            errors.Add(new CatalogRowError(0, null, CatalogAdminCodes.InvalidCsv, $"A file has at most {MaxRows} rows."));
        }

        return (records, errors);
    }

    /// <summary>The row index a batch starting at <paramref name="start"/> ends before: the rows of one product stay together.</summary>
    private static int BatchEnd(CsvRecord headerRecord, List<CsvRecord> rows, int start, int size)
    {
        var header = headerRecord.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var end = Math.Min(rows.Count, start + size);
        while (end < rows.Count && Cell(header, rows[end], "product_slug") == Cell(header, rows[end - 1], "product_slug"))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Per-row mode: the rows are applied, wrong ones are set aside and the rest applied again from the database
    /// until no row is wrong (each round drops at least one row, so it ends). The wrong rows keep their errors, with
    /// their line numbers; a wrong header refuses the file (null).
    /// </summary>
    private async Task<(Applied? Applied, List<CatalogRowError> Skipped)> ApplyPerRowAsync(IReadOnlyList<CsvRecord> records, CancellationToken ct)
    {
        var rows = records.Skip(1).ToList();
        var skipped = new List<CatalogRowError>();
        while (true)
        {
            var errors = new List<CatalogRowError>();
            var applied = await ApplyAsync([records[0], .. rows], errors, ct);
            if (applied is not null)
            {
                return (applied, [.. skipped.OrderBy(e => e.Line)]);
            }

            if (errors.Any(e => e.Line <= 1))
            {
                return (null, errors);
            }

            db.ChangeTracker.Clear();
            skipped.AddRange(errors);
            var wrong = errors.Select(e => e.Line).ToHashSet();
            rows = [.. rows.Where(r => !wrong.Contains(r.Line))];
        }
    }

    private async Task<CatalogImportJob> FailAsync(CatalogImportJob job, List<CatalogRowError> errors, CancellationToken ct)
    {
        // Nothing of a refused file is written: the aggregates changed in memory are dropped.
        db.ChangeTracker.Clear();
        job.Fail(ErrorsJson(errors), clock.GetUtcNow());
        db.CatalogImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        return job;
    }

    private static string ErrorsJson(IEnumerable<CatalogRowError> errors) => JsonSerializer.Serialize(errors.Take(200));

    /// <summary>Saves every change with the job in one SaveChanges, so one transaction: all rows or none.</summary>
    private async Task<CatalogImportJob> CommitAsync(Applied again, CatalogImportJob job, CancellationToken ct)
    {
        db.CatalogImportJobs.Add(job);
        foreach (var product in again.Products)
        {
            catalog.BumpRevision(product);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException race) when (race is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(race))
        {
            db.ChangeTracker.Clear();
            job = new CatalogImportJob(Guid.NewGuid(), job.IdempotencyKey, job.Total, job.CreatedAt, job.Mode);
            job.Fail(JsonSerializer.Serialize(new[] { new CatalogRowError(0, null, CatalogAdminCodes.ConcurrentChange, "The catalog changed during the import (a SKU or slug was taken, or a product was saved); nothing was imported, try again.") }), clock.GetUtcNow());
            db.CatalogImportJobs.Add(job);
            await db.SaveChangesAsync(ct);
            return job;
        }

        await catalog.ProductsChangedAsync(again.Products, again.FormerSlugs, ct);
        return job;
    }

    /// <summary>The header's column names, or null (with the errors) when it names an unknown column or lacks a required one.</summary>
    private static List<string>? HeaderOf(IReadOnlyList<CsvRecord> records, List<CatalogRowError> errors)
    {
        if (records.Count == 0)
        {
            errors.Add(new CatalogRowError(1, null, CatalogAdminCodes.InvalidCsv, "The file is empty; the first line names the columns."));
            return null;
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        foreach (var unknown in header.Where(h => !Columns.Contains(h)))
        {
            errors.Add(new CatalogRowError(1, unknown, CatalogAdminCodes.InvalidCsv, $"Unknown column '{unknown}'; the columns are {string.Join(", ", Columns)}."));
        }

        foreach (var missing in Required.Where(r => !header.Contains(r)))
        {
            errors.Add(new CatalogRowError(1, missing, CatalogAdminCodes.InvalidCsv, $"Column '{missing}' is required."));
        }

        return errors.Count > 0 ? null : header;
    }

    private async Task<Applied?> ApplyAsync(IReadOnlyList<CsvRecord> records, List<CatalogRowError> errors, CancellationToken ct)
    {
        if (HeaderOf(records, errors) is not { } header)
        {
            return null;
        }

        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Id, StringComparer.Ordinal, ct);
        var slugs = records.Skip(1).Select(r => Cell(header, r, "product_slug")).Distinct().ToList();
        var existing = await db.Products.Where(p => slugs.Contains(p.Slug)).Include(p => p.Variants).AsSplitQuery().ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, ct);
        var skus = records.Skip(1).Select(r => Cell(header, r, "sku")).Where(s => s.Length > 0).Distinct().ToList();
        var skuOwners = await db.ProductVariants.AsNoTracking().Where(v => skus.Contains(v.Sku)).ToDictionaryAsync(v => v.Sku, v => v.ProductId, StringComparer.Ordinal, ct);

        var applied = new Applied();
        var products = new Dictionary<string, (Product Product, int Line, string Signature)>(StringComparer.Ordinal);
        var seenSkus = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow();
        foreach (var record in records.Skip(1))
        {
            var line = record.Line;
            string Get(string column) => Cell(header, record, column);
            string? column = null;
            try
            {
                if (record.Fields.Count != header.Count)
                {
                    throw new RowException(null, $"The line has {record.Fields.Count} fields; the header has {header.Count}.");
                }

                column = "kind";
                var kind = Get("kind") is { Length: > 0 } k
                    ? Enum.TryParse<ProductKind>(k, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : throw new RowException(column, $"Unknown kind '{k}'; use Physical, Digital or Service.")
                    : ProductKind.Physical;
                column = "published";
                var published = Get("published").ToLowerInvariant() switch
                {
                    "" or "true" or "yes" or "1" => true,
                    "false" or "no" or "0" => false,
                    var other => throw new RowException(column, $"'{other}' is not true or false."),
                };
                column = "category_slug";
                var categoryId = categories.TryGetValue(Get("category_slug"), out var found) ? found : throw new RowException(column, $"No category has the slug '{Get("category_slug")}'.");

                var slug = Get("product_slug");
                var signature = string.Join("\u001f", Get("product_name"), Get("description"), kind, categoryId, published);
                if (products.TryGetValue(slug, out var seen))
                {
                    if (seen.Signature != signature)
                    {
                        throw new RowException("product_slug", $"Product '{slug}' has different product columns on line {seen.Line}; they must be the same on every line of a product.");
                    }
                }
                else if (existing.TryGetValue(slug, out var current))
                {
                    column = "product_slug";
                    if (current.IsDeleted)
                    {
                        throw new RowException(column, $"Product '{slug}' is deleted.");
                    }

                    column = null;
                    applied.FormerSlugs[current.Id] = current.Slug;
                    current.Rename(Get("product_name"));
                    current.Describe(Get("description"));
                    current.MoveToCategory(categoryId);
                    if (published)
                    {
                        current.Publish();
                    }
                    else
                    {
                        current.Unpublish();
                    }

                    products[slug] = (current, line, signature);
                    applied.ProductsUpdated++;
                }
                else
                {
                    column = null;
                    var product = new Product(slug, Get("product_name"), Get("description"), kind, categoryId, now);
                    if (!published)
                    {
                        product.Unpublish();
                    }

                    db.Products.Add(product);
                    products[slug] = (product, line, signature);
                    applied.ProductsCreated++;
                }

                var target = products[slug].Product;
                var sku = Get("sku");
                if (sku.Length > 0)
                {
                    column = "sku";
                    if (seenSkus.TryGetValue(sku, out var firstLine))
                    {
                        throw new RowException(column, $"SKU '{sku}' is also on line {firstLine}.");
                    }

                    seenSkus[sku] = line;
                    if (skuOwners.TryGetValue(sku, out var owner) && owner != target.Id)
                    {
                        throw new RowException(column, $"SKU '{sku}' belongs to another product.");
                    }

                    column = "price";
                    var currency = Get("currency").ToUpperInvariant();
                    var price = new Money(Decimal(Get("price"), "price"), currency);
                    column = "compare_at_price";
                    var compareAt = Get("compare_at_price") is { Length: > 0 } c ? new Money(Decimal(c, column), currency) : null;
                    column = "options";
                    var options = Options(Get("options"));
                    column = null;
                    if (target.Variants.FirstOrDefault(v => v.Sku == sku) is { } variant)
                    {
                        target.ChangeVariantPrice(variant.Id, price, compareAt);
                        applied.VariantsUpdated++;
                    }
                    else
                    {
                        target.AddVariant(sku, price, compareAt, options);
                        applied.VariantsCreated++;
                    }
                }
            }
            catch (RowException bad)
            {
                errors.Add(new CatalogRowError(line, bad.Column, CatalogAdminCodes.InvalidCsv, bad.Message));
            }
            catch (DomainException refused)
            {
                errors.Add(new CatalogRowError(line, column ?? ColumnOf(refused.Code), CatalogAdminCodes.FromDomain(refused.Code), refused.Message));
            }
        }

        applied.Products.AddRange(products.Values.Select(p => p.Product));
        return errors.Count == 0 ? applied : null;
    }

    private static string Cell(List<string> header, CsvRecord record, string column)
    {
        var index = header.IndexOf(column);
        return index >= 0 && index < record.Fields.Count ? record.Fields[index].Trim() : "";
    }

    private static decimal Decimal(string text, string column) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RowException(column, $"'{text}' is not an amount such as 19.99.");

    private static VariantOption[] Options(string text) =>
        text.Length == 0
            ? []
            : [.. text.Split(OptionSeparator).Select(pair => pair.Split('=', 2) is [var name, var value]
                ? new VariantOption(name, value)
                : throw new RowException("options", $"'{pair}' is not Name=Value; separate options with '{OptionSeparator}'."))];

    private static string Amount(decimal amount) => amount.ToString("0.00##", CultureInfo.InvariantCulture);

    private static string? ColumnOf(string domainCode) => CatalogAdminCodes.Field(domainCode) switch
    {
        "slug" => "product_slug",
        "name" => "product_name",
        "description" => "description",
        "sku" => "sku",
        "options" => "options",
        "price" => "price",
        "compareAtPrice" => "compare_at_price",
        _ => null,
    };

    private sealed class RowException(string? column, string message) : Exception(message)
    {
        public string? Column { get; } = column;
    }

    private sealed class Applied
    {
        public List<Product> Products { get; } = [];

        public Dictionary<Guid, string> FormerSlugs { get; } = [];

        public int ProductsCreated { get; set; }

        public int ProductsUpdated { get; set; }

        public int VariantsCreated { get; set; }

        public int VariantsUpdated { get; set; }
    }
}

using System.Data;
using Headless.Domain.Catalog;
using Headless.Domain.Common;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Catalog.Caching;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>
/// The catalog's write side for the admin API. The rules are the aggregates' (<see cref="Product"/>,
/// <see cref="Category"/>); this loads them, saves them with a revision check, turns unique-index races into typed
/// errors, and tells the catalog cache on every instance what changed once the change is committed.
/// </summary>
public sealed class CatalogAdminService(HeadlessDbContext db, CatalogCache cache, TimeProvider clock)
{
    public const string CreateProductOperation = "createProduct";
    public const string AddVariantOperation = "addProductVariant";
    public const string CreateCategoryOperation = "createCategory";

    /// <summary>The product with its variants, tracked, or null; due scheduled prices are applied first.</summary>
    public async Task<Product?> FindProductAsync(Guid id, CancellationToken ct)
    {
        var product = await Load(id, ct);
        if (product is not null && product.NextScheduledPriceAt <= clock.GetUtcNow())
        {
            // Whoever reads after the time applies it; a lost race means someone else did, so read again.
            if ((await SaveProductAsync(product, () => product.ApplyDuePrices(clock.GetUtcNow()), [], ct)).Errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                product = await Load(id, ct);
            }
        }

        return product;
    }

    public async Task<CatalogOutcome<Product>> CreateProductAsync(ProductSpec spec, string? idempotencyKey, CancellationToken ct)
    {
        if (await ReplayAsync(idempotencyKey, CreateProductOperation, ct) is { } replay)
        {
            return replay.Errors.Count > 0 ? CatalogOutcome<Product>.Refused(replay.Errors[0].Code, replay.Errors[0].Message, replay.Errors[0].Field) : await ProductOutcomeAsync(replay.Value!.Value, ct);
        }

        if (!await db.Categories.AnyAsync(c => c.Id == spec.CategoryId, ct))
        {
            return CatalogOutcome<Product>.Refused(CatalogAdminCodes.CategoryNotFound, "No category has this ID.", "categoryId");
        }

        Product product;
        try
        {
            product = new Product(spec.Slug, spec.Name, spec.Description ?? "", spec.Kind, spec.CategoryId, clock.GetUtcNow());
            if (!spec.Publish)
            {
                product.Unpublish();
            }

            product.ReplaceImages([.. spec.Images.Select(i => (i.Url, i.AltText))]);
            product.ReplaceAttributes([.. spec.Attributes.Select(a => (a.Name, a.Value))]);
            foreach (var variant in spec.Variants)
            {
                product.AddVariant(variant.Sku, variant.Price, variant.CompareAtPrice, [.. variant.Options.Select(o => new VariantOption(o.Name, o.Value))]);
            }
        }
        catch (DomainException refused)
        {
            return Refused<Product>(refused);
        }

        db.Products.Add(product);
        Remember(idempotencyKey, CreateProductOperation, product.Id);
        return await SaveProductAsync(product, () => { }, [], ct, idempotencyKey, CreateProductOperation);
    }

    public Task<CatalogOutcome<Product>> UpdateProductAsync(Guid id, ProductChanges changes, CancellationToken ct) =>
        ChangeProductAsync(id, async product =>
        {
            if (changes.CategoryId is { } categoryId && categoryId != product.CategoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, ct))
            {
                return new CatalogError(CatalogAdminCodes.CategoryNotFound, "No category has this ID.", "categoryId");
            }

            if (changes.Slug is { } slug)
            {
                product.ChangeSlug(slug);
            }

            if (changes.Name is { } name)
            {
                product.Rename(name);
            }

            if (changes.Description is { } description)
            {
                product.Describe(description);
            }

            if (changes.CategoryId is { } category)
            {
                product.MoveToCategory(category);
            }

            if (changes.Images is { } images)
            {
                product.ReplaceImages([.. images.Select(i => (i.Url, i.AltText))]);
            }

            if (changes.Attributes is { } attributes)
            {
                product.ReplaceAttributes([.. attributes.Select(a => (a.Name, a.Value))]);
            }

            return null;
        }, ct);

    public Task<CatalogOutcome<Product>> SetPublishedAsync(Guid id, bool published, CancellationToken ct) =>
        ChangeProductAsync(id, product =>
        {
            if (published)
            {
                product.Publish();
            }
            else
            {
                product.Unpublish();
            }

            return Task.FromResult<CatalogError?>(null);
        }, ct);

    public Task<CatalogOutcome<Product>> DeleteProductAsync(Guid id, CancellationToken ct) =>
        ChangeProductAsync(id, product =>
        {
            product.Delete(clock.GetUtcNow());
            return Task.FromResult<CatalogError?>(null);
        }, ct);

    public async Task<CatalogOutcome<Product>> AddVariantAsync(Guid productId, VariantSpec spec, string? idempotencyKey, CancellationToken ct)
    {
        if (await ReplayAsync(idempotencyKey, AddVariantOperation, ct) is { } replay)
        {
            return replay.Errors.Count > 0
                ? CatalogOutcome<Product>.Refused(replay.Errors[0].Code, replay.Errors[0].Message, replay.Errors[0].Field)
                : await ProductOutcomeAsync(productId, ct);
        }

        return await ChangeProductAsync(productId, product =>
        {
            var variant = product.AddVariant(spec.Sku, spec.Price, spec.CompareAtPrice, [.. spec.Options.Select(o => new VariantOption(o.Name, o.Value))]);
            Remember(idempotencyKey, AddVariantOperation, variant.Id);
            return Task.FromResult<CatalogError?>(null);
        }, ct, idempotencyKey, AddVariantOperation);
    }

    /// <summary>Sets a variant's prices now, or from <paramref name="effectiveAt"/> when that is given.</summary>
    public async Task<CatalogOutcome<Product>> SetVariantPriceAsync(Guid variantId, Money price, Money? compareAtPrice, DateTimeOffset? effectiveAt, CancellationToken ct)
    {
        var productId = await db.ProductVariants.Where(v => v.Id == variantId).Select(v => (Guid?)v.ProductId).SingleOrDefaultAsync(ct);
        if (productId is null)
        {
            return CatalogOutcome<Product>.Refused(CatalogAdminCodes.NotFound, "No variant has this ID.", "variantId");
        }

        return await ChangeProductAsync(productId.Value, product =>
        {
            if (effectiveAt is { } at)
            {
                product.SchedulePrice(variantId, price, compareAtPrice, at, clock.GetUtcNow());
            }
            else
            {
                product.ChangeVariantPrice(variantId, price, compareAtPrice);
            }

            return Task.FromResult<CatalogError?>(null);
        }, ct);
    }

    /// <summary>
    /// Applies every scheduled price that is due (a sweep on each instance calls this; so does a read through
    /// <see cref="FindProductAsync"/>). Racing instances are safe: the revision lets one save win, the other finds
    /// nothing due the next time. Returns how many products were repriced.
    /// </summary>
    public async Task<int> ApplyDuePricesAsync(int batch, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.ProductVariants.AsNoTracking()
            .Where(v => v.ScheduledPrices.Any(s => s.EffectiveAt <= now))
            .Select(v => v.ProductId)
            .Distinct()
            .Take(batch)
            .ToListAsync(ct);
        var repriced = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            if (await Load(id, ct) is { } product && (await SaveProductAsync(product, () => product.ApplyDuePrices(now), [], ct)).Errors.Count == 0)
            {
                repriced++;
            }
        }

        return repriced;
    }

    public async Task<CatalogOutcome<Category>> CreateCategoryAsync(string slug, string name, Guid? parentId, int position, string? idempotencyKey, CancellationToken ct)
    {
        if (await ReplayAsync(idempotencyKey, CreateCategoryOperation, ct) is { } replay)
        {
            return replay.Errors.Count > 0
                ? CatalogOutcome<Category>.Refused(replay.Errors[0].Code, replay.Errors[0].Message, replay.Errors[0].Field)
                : CatalogOutcome<Category>.Done(await db.Categories.AsNoTracking().SingleAsync(c => c.Id == replay.Value!.Value, ct));
        }

        Category? parent = null;
        if (parentId is { } pid && (parent = await db.Categories.SingleOrDefaultAsync(c => c.Id == pid, ct)) is null)
        {
            return CatalogOutcome<Category>.Refused(CatalogAdminCodes.CategoryNotFound, "No category has this ID.", "parentId");
        }

        Category category;
        try
        {
            category = new Category(slug, name, parent, position);
        }
        catch (DomainException refused)
        {
            return Refused<Category>(refused);
        }

        db.Categories.Add(category);
        Remember(idempotencyKey, CreateCategoryOperation, category.Id);
        return await SaveCategoryAsync(category, ct, idempotencyKey, CreateCategoryOperation);
    }

    public async Task<CatalogOutcome<Category>> RenameCategoryAsync(Guid id, string? name, string? slug, CancellationToken ct)
    {
        if (await db.Categories.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } category)
        {
            return CatalogOutcome<Category>.Refused(CatalogAdminCodes.NotFound, "No category has this ID.", "id");
        }

        try
        {
            if (name is not null)
            {
                category.Rename(name);
            }

            if (slug is not null)
            {
                category.ChangeSlug(slug);
            }
        }
        catch (DomainException refused)
        {
            return Refused<Category>(refused);
        }

        return await SaveCategoryAsync(category, ct);
    }

    /// <summary>
    /// Moves a category under another (or to the root) at a position. The whole tree is read in a serializable
    /// transaction, so two moves that would together make a cycle (A under B, B under A) cannot both commit.
    /// </summary>
    public async Task<CatalogOutcome<Category>> MoveCategoryAsync(Guid id, Guid? parentId, int? position, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        try
        {
            // Loading every category lets EF link each one's Parent, which the cycle check walks.
            var tree = await db.Categories.ToDictionaryAsync(c => c.Id, ct);
            if (!tree.TryGetValue(id, out var category))
            {
                return CatalogOutcome<Category>.Refused(CatalogAdminCodes.NotFound, "No category has this ID.", "id");
            }

            Category? parent = null;
            if (parentId is { } pid && !tree.TryGetValue(pid, out parent))
            {
                return CatalogOutcome<Category>.Refused(CatalogAdminCodes.CategoryNotFound, "No category has this ID.", "parentId");
            }

            category.MoveUnder(parent);
            if (position is { } p)
            {
                category.Reorder(p);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DomainException refused)
        {
            return Refused<Category>(refused);
        }
        catch (Exception race) when (DbErrors.IsConcurrencyConflict(race))
        {
            db.ChangeTracker.Clear();
            return CatalogOutcome<Category>.Refused(CatalogAdminCodes.ConcurrentChange, "The category tree changed at the same time; read it again and retry.");
        }

        await cache.CategoriesChangedAsync(ct);
        return CatalogOutcome<Category>.Done(await db.Categories.AsNoTracking().SingleAsync(c => c.Id == id, ct));
    }

    /// <summary>Tells every instance's catalog cache that these products changed (after a commit made elsewhere, e.g. an import).</summary>
    public async Task ProductsChangedAsync(IEnumerable<Product> products, IReadOnlyDictionary<Guid, string> formerSlugs, CancellationToken ct)
    {
        foreach (var product in products)
        {
            await ProductChangedAsync(product, formerSlugs.TryGetValue(product.Id, out var former) ? [former] : [], ct);
        }
    }

    internal Task ProductChangedAsync(Product product, IEnumerable<string> formerSlugs, CancellationToken ct) =>
        cache.ProductChangedAsync(
            product.Id,
            formerSlugs.Append(product.Slug).Distinct(StringComparer.Ordinal),
            product.Variants.Select(v => v.Id),
            product.Variants.Select(v => v.Sku),
            CancellationToken.None);

    /// <summary>Counts a write against the product's revision, so a concurrent save of the same product fails.</summary>
    internal void BumpRevision(Product product) =>
        db.Entry(product).Property<int>(ProductConfiguration.RevisionProperty).CurrentValue++;

    private Task<Product?> Load(Guid id, CancellationToken ct) =>
        db.Products.Include(p => p.Variants).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);

    private async Task<CatalogOutcome<Product>> ChangeProductAsync(
        Guid id, Func<Product, Task<CatalogError?>> change, CancellationToken ct, string? idempotencyKey = null, string? operation = null)
    {
        if (await Load(id, ct) is not { } product)
        {
            return CatalogOutcome<Product>.Refused(CatalogAdminCodes.NotFound, "No product has this ID.", "id");
        }

        var formerSlug = product.Slug;
        try
        {
            // Due scheduled prices go first, so that a change made now is never overwritten by an older schedule.
            product.ApplyDuePrices(clock.GetUtcNow());
            if (await change(product) is { } error)
            {
                return new CatalogOutcome<Product>(null, [error]);
            }
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return Refused<Product>(refused);
        }

        return await SaveProductAsync(product, () => { }, [formerSlug], ct, idempotencyKey, operation);
    }

    private async Task<CatalogOutcome<Product>> SaveProductAsync(
        Product product, Action change, IReadOnlyList<string> formerSlugs, CancellationToken ct, string? idempotencyKey = null, string? operation = null)
    {
        change();
        BumpRevision(product);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CatalogOutcome<Product>.Refused(CatalogAdminCodes.ConcurrentChange, "The product was changed at the same time; read it again and retry.");
        }
        catch (DbUpdateException unique) when (DbErrors.IsUniqueViolation(unique))
        {
            db.ChangeTracker.Clear();
            return await UniqueRaceAsync<Product>(product, idempotencyKey, operation, ct);
        }

        await ProductChangedAsync(product, formerSlugs, ct);
        return CatalogOutcome<Product>.Done(product);
    }

    private async Task<CatalogOutcome<Category>> SaveCategoryAsync(Category category, CancellationToken ct, string? idempotencyKey = null, string? operation = null)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException unique) when (DbErrors.IsUniqueViolation(unique))
        {
            db.ChangeTracker.Clear();
            if (idempotencyKey is not null && await ReplayAsync(idempotencyKey, operation!, ct) is { Value: { Value: var id } })
            {
                return CatalogOutcome<Category>.Done(await db.Categories.AsNoTracking().SingleAsync(c => c.Id == id, ct));
            }

            return CatalogOutcome<Category>.Refused(CatalogAdminCodes.DuplicateSlug, $"Another category has the slug '{category.Slug}'.", "slug");
        }

        await cache.CategoriesChangedAsync(ct);
        return CatalogOutcome<Category>.Done(category);
    }

    /// <summary>
    /// A unique index refused the save: a racing repeat of the same idempotency key (then its result), or a slug or
    /// SKU another product took between our check and our write.
    /// </summary>
    private async Task<CatalogOutcome<T>> UniqueRaceAsync<T>(Product product, string? idempotencyKey, string? operation, CancellationToken ct)
        where T : class
    {
        if (idempotencyKey is not null && await ReplayAsync(idempotencyKey, operation!, ct) is { } replay)
        {
            return replay.Errors.Count > 0
                ? CatalogOutcome<T>.Refused(replay.Errors[0].Code, replay.Errors[0].Message, replay.Errors[0].Field)
                : (CatalogOutcome<T>)(object)await ProductOutcomeAsync(operation == CreateProductOperation ? replay.Value!.Value : product.Id, ct);
        }

        if (await db.Products.AnyAsync(p => p.Slug == product.Slug && p.Id != product.Id, ct))
        {
            return CatalogOutcome<T>.Refused(CatalogAdminCodes.DuplicateSlug, $"Another product has the slug '{product.Slug}'.", "slug");
        }

        var skus = product.Variants.Select(v => v.Sku).ToList();
        var taken = await db.ProductVariants.Where(v => skus.Contains(v.Sku) && v.ProductId != product.Id).Select(v => v.Sku).FirstOrDefaultAsync(ct);
        return CatalogOutcome<T>.Refused(CatalogAdminCodes.DuplicateSku, $"SKU '{taken ?? string.Join(", ", skus)}' is already used by another variant.", "sku");
    }

    private async Task<CatalogOutcome<Product>> ProductOutcomeAsync(Guid productId, CancellationToken ct) =>
        await Load(productId, ct) is { } product
            ? CatalogOutcome<Product>.Done(product)
            : CatalogOutcome<Product>.Refused(CatalogAdminCodes.NotFound, "No product has this ID.", "id");

    /// <summary>The target of an earlier call with this key, or an error when the key was used for something else.</summary>
    private async Task<CatalogOutcome<Replayed>?> ReplayAsync(string? idempotencyKey, string operation, CancellationToken ct)
    {
        if (idempotencyKey is null)
        {
            return null;
        }

        if (idempotencyKey.Length is 0 or > CatalogIdempotencyKey.MaxKeyLength)
        {
            return CatalogOutcome<Replayed>.Refused("INVALID_IDEMPOTENCY_KEY", $"An idempotency key has 1 to {CatalogIdempotencyKey.MaxKeyLength} characters.", "idempotencyKey");
        }

        var earlier = await db.CatalogIdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Key == idempotencyKey, ct);
        if (earlier is null)
        {
            return null;
        }

        return earlier.Operation == operation
            ? CatalogOutcome<Replayed>.Done(new Replayed(earlier.TargetId))
            : CatalogOutcome<Replayed>.Refused(CatalogAdminCodes.IdempotencyKeyReused, $"This idempotency key was used for {earlier.Operation}.", "idempotencyKey");
    }

    private void Remember(string? idempotencyKey, string operation, Guid targetId)
    {
        if (idempotencyKey is not null)
        {
            db.CatalogIdempotencyKeys.Add(new CatalogIdempotencyKey(idempotencyKey, operation, targetId, clock.GetUtcNow()));
        }
    }

    private static CatalogOutcome<T> Refused<T>(DomainException refused)
        where T : class =>
        CatalogOutcome<T>.Refused(CatalogAdminCodes.FromDomain(refused.Code), refused.Message, CatalogAdminCodes.Field(refused.Code));

    private sealed record Replayed(Guid Value);
}

using Headless.Api.Admin.Inputs;
using Headless.Api.Storefront.Catalog;
using Headless.Domain.Catalog;
using Headless.Domain.Common;
using Headless.Domain.SeedWork;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.GraphQL.Types.Scalars;
using Headless.Infrastructure.Catalog.Admin;

namespace Headless.Api.Admin.Catalog;

/// <summary>
/// Catalog management: thin calls to <see cref="CatalogAdminService"/>, <see cref="CatalogAdminReader"/> and
/// <see cref="CatalogCsv"/>. The rules live in the aggregates; this turns inputs into their terms and outcomes
/// into payloads.
/// </summary>
internal static class CatalogResolvers
{
    public static SchemaBuilder AddCatalogResolvers(this SchemaBuilder schema) => schema
        .AddScalar(DecimalScalar.Create())
        .BindEnum<ProductKind>("AdminProductKind")
        .BindEnum<AdminProductStatus>("AdminProductStatus")
        .BindEnum<CatalogImportStatus>("CatalogImportStatus")
        .BindEnum<CatalogImportMode>("CatalogImportMode")
        .AddResolver("Money", "amount", (IResolveFieldContext context) => MoneyResolvers.WithCents(((Money)context.Source!).Amount))
        .AddResolver("AdminProduct", "id", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.Product, Product(context).Id))
        .AddResolver("AdminProduct", "categoryId", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.Category, Product(context).CategoryId))
        .AddResolver("AdminProduct", "status", (IResolveFieldContext context) => Status(Product(context)))
        .AddResolver("AdminProduct", "attributes", (IResolveFieldContext context) => Product(context).Attributes.Select(a => new NameValue(a.Name, a.Value)).ToList())
        .AddResolver("AdminProductVariant", "id", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.Variant, ((ProductVariant)context.Source!).Id))
        .AddResolver("AdminProductVariant", "options", (IResolveFieldContext context) => ((ProductVariant)context.Source!).Options.Select(o => new NameValue(o.Name, o.Value)).ToList())
        .AddResolver("AdminCategory", "id", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.Category, Node(context).Category.Id))
        .AddResolver("AdminCategory", "slug", (IResolveFieldContext context) => Node(context).Category.Slug)
        .AddResolver("AdminCategory", "name", (IResolveFieldContext context) => Node(context).Category.Name)
        .AddResolver("AdminCategory", "parentId", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.Category, Node(context).Category.ParentId))
        .AddResolver("AdminCategory", "position", (IResolveFieldContext context) => Node(context).Category.Position)
        .AddResolver("AdminCategory", "children", (IResolveFieldContext context) => Node(context).Children)
        .AddResolver("CatalogImportJob", "id", (IResolveFieldContext context) => AdminIds.Encode(AdminIds.ImportJob, ((CatalogImportJob)context.Source!).Id))
        .AddResolver("CatalogImportJob", "errors", (IResolveFieldContext context) => CatalogCsv.Errors((CatalogImportJob)context.Source!))
        .AddResolver("Query", "products", ProductsAsync)
        .AddResolver("Query", "product", async (string id, IResolveFieldContext context) =>
            AdminIds.Parse(id, AdminIds.Product) is { } productId
                ? await AdminReads.ReadWithAsync<CatalogAdminService, Product?>(context, service => service.FindProductAsync(productId, context.CancellationToken))
                : null)
        .AddResolver("Query", "categories", async (IResolveFieldContext context) => Tree(await AdminReads.ReadWithAsync<CatalogAdminReader, IReadOnlyList<Category>>(context, reader => reader.CategoriesAsync(context.CancellationToken))))
        .AddResolver("Query", "catalogImport", async (string id, IResolveFieldContext context) =>
            AdminIds.Parse(id, AdminIds.ImportJob) is { } jobId
                ? await AdminReads.ReadWithAsync<CatalogAdminReader, CatalogImportJob?>(context, reader => reader.ImportJobAsync(jobId, context.CancellationToken))
                : null)
        .AddResolver("Mutation", "createProduct", (CreateProductInput input, IResolveFieldContext context) => Run(() =>
            Service(context).CreateProductAsync(
                new ProductSpec(
                    input.Slug,
                    input.Name,
                    input.Description,
                    input.Kind ?? ProductKind.Physical,
                    ParseId(input.CategoryId) ?? Guid.Empty,
                    input.Published ?? false,
                    Images(input.Images) ?? [],
                    Pairs(input.Attributes) ?? [],
                    [.. (input.Variants ?? []).Select(v => new VariantSpec(v.Sku, Money(v.Price), MoneyOrNull(v.CompareAtPrice), Pairs(v.Options) ?? []))]),
                input.IdempotencyKey,
                context.CancellationToken)))
        .AddResolver("Mutation", "updateProduct", (UpdateProductInput input, IResolveFieldContext context) => WithId(input.Id, AdminIds.Product, "id", id =>
            Service(context).UpdateProductAsync(
                id,
                new ProductChanges(input.Slug, input.Name, input.Description, input.CategoryId is null ? null : ParseId(input.CategoryId) ?? Guid.Empty, Images(input.Images), Pairs(input.Attributes)),
                context.CancellationToken)))
        .AddResolver("Mutation", "publishProduct", (ProductIdInput input, IResolveFieldContext context) =>
            WithId(input.Id, AdminIds.Product, "id", id => Service(context).SetPublishedAsync(id, true, context.CancellationToken)))
        .AddResolver("Mutation", "unpublishProduct", (ProductIdInput input, IResolveFieldContext context) =>
            WithId(input.Id, AdminIds.Product, "id", id => Service(context).SetPublishedAsync(id, false, context.CancellationToken)))
        .AddResolver("Mutation", "deleteProduct", (ProductIdInput input, IResolveFieldContext context) =>
            WithId(input.Id, AdminIds.Product, "id", id => Service(context).DeleteProductAsync(id, context.CancellationToken)))
        .AddResolver("Mutation", "addProductVariant", (AddProductVariantInput input, IResolveFieldContext context) => WithId(input.ProductId, AdminIds.Product, "productId", id =>
            Service(context).AddVariantAsync(
                id,
                new VariantSpec(input.Sku, Money(input.Price), MoneyOrNull(input.CompareAtPrice), Pairs(input.Options) ?? []),
                input.IdempotencyKey,
                context.CancellationToken)))
        .AddResolver("Mutation", "setVariantPrice", (SetVariantPriceInput input, IResolveFieldContext context) => WithId(input.VariantId, AdminIds.Variant, "variantId", id =>
            Service(context).SetVariantPriceAsync(id, Money(input.Price), MoneyOrNull(input.CompareAtPrice), input.EffectiveAt, context.CancellationToken)))
        .AddResolver("Mutation", "createCategory", (CreateCategoryInput input, IResolveFieldContext context) => RunCategory(() =>
            input.ParentId is not null && ParseId(input.ParentId) is null
                ? Task.FromResult(CatalogOutcome<Category>.Refused(CatalogAdminCodes.CategoryNotFound, "No category has this ID.", "parentId"))
                : Service(context).CreateCategoryAsync(input.Slug, input.Name, ParseId(input.ParentId), input.Position ?? 0, input.IdempotencyKey, context.CancellationToken)))
        .AddResolver("Mutation", "updateCategory", (UpdateCategoryInput input, IResolveFieldContext context) => RunCategory(() =>
            ParseId(input.Id) is { } id
                ? Service(context).RenameCategoryAsync(id, input.Name, input.Slug, context.CancellationToken)
                : Task.FromResult(CatalogOutcome<Category>.Refused(CatalogAdminCodes.NotFound, "No category has this ID.", "id"))))
        .AddResolver("Mutation", "moveCategory", (MoveCategoryInput input, IResolveFieldContext context) => RunCategory(() =>
            ParseId(input.Id) is not { } id
                ? Task.FromResult(CatalogOutcome<Category>.Refused(CatalogAdminCodes.NotFound, "No category has this ID.", "id"))
                : input.ParentId is not null && ParseId(input.ParentId) is null
                    ? Task.FromResult(CatalogOutcome<Category>.Refused(CatalogAdminCodes.CategoryNotFound, "No category has this ID.", "parentId"))
                    : Service(context).MoveCategoryAsync(id, ParseId(input.ParentId), input.Position, context.CancellationToken)))
        .AddResolver("Mutation", "importCatalogCsv", ImportAsync)
        .AddResolver("Mutation", "exportCatalogCsv", async (IResolveFieldContext context) =>
        {
            var csv = await Get<CatalogCsv>(context).ExportAsync(context.CancellationToken);
            return new ExportPayload(csv, Math.Max(0, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1), AdminError.None);
        });

    private static T Get<T>(IResolveFieldContext context)
        where T : notnull => context.RequestServices.GetRequiredService<T>();

    private static CatalogAdminService Service(IResolveFieldContext context) => Get<CatalogAdminService>(context);

    private static Product Product(IResolveFieldContext context) => (Product)context.Source!;

    private static CategoryNode Node(IResolveFieldContext context) => (CategoryNode)context.Source!;

    private static AdminProductStatus Status(Product product) =>
        product.IsDeleted ? AdminProductStatus.Deleted : product.IsDraft ? AdminProductStatus.Draft : AdminProductStatus.Published;

    /// <summary>A category ID (global, or the deprecated bare UUID).</summary>
    private static Guid? ParseId(string? id) => AdminIds.Parse(id, AdminIds.Category);

    private static Money Money(MoneyInput input) => new(input.Amount, input.Currency);

    private static Money? MoneyOrNull(MoneyInput? input) => input is null ? null : Money(input);

    private static IReadOnlyList<ImageSpec>? Images(IReadOnlyList<ProductImageInput>? images) =>
        images?.Select(i => new ImageSpec(i.Url, i.AltText)).ToList();

    private static IReadOnlyList<NameValue>? Pairs(IReadOnlyList<NameValueInput>? pairs) =>
        pairs?.Select(p => new NameValue(p.Name, p.Value)).ToList();

    private static async Task<object> ProductsAsync(int? first, string? after, AdminProductFilterInput? where, IResolveFieldContext context)
    {
        var filter = new AdminProductFilter(where?.Search, where?.Status, where?.CategoryId is { } c ? ParseId(c) ?? Guid.Empty : null);
        var page = await CatalogQueryResolvers.Guarded(() => AdminReads.ReadWithAsync<CatalogAdminReader, AdminProductPage>(context, reader => reader.ProductsAsync(filter, first ?? 20, after, context.CancellationToken)));
        return new ProductConnection(
            [.. page.Edges.Select(e => new ProductEdge(e.Cursor, e.Product))],
            [.. page.Edges.Select(e => e.Product)],
            page.Edges.Count > 0 ? page.Edges[^1].Cursor : after,
            page.HasNextPage);
    }

    private static async Task<object> ImportAsync(ImportCatalogCsvInput input, IResolveFieldContext context)
    {
        if (input.IdempotencyKey is { Length: 0 or > CatalogImportJob.MaxIdempotencyKeyLength })
        {
            return new ImportPayload(null, AdminError.One("INVALID_IDEMPOTENCY_KEY", $"An idempotency key has 1 to {CatalogImportJob.MaxIdempotencyKeyLength} characters.", "idempotencyKey"));
        }

        var job = await Get<CatalogCsv>(context).ImportAsync(
            input.Csv, input.IdempotencyKey, input.Mode ?? CatalogImportMode.AllOrNothing, input.Background ?? false, context.CancellationToken);
        return new ImportPayload(job, AdminError.None);
    }

    private static Task<ProductPayload> WithId(string id, string typeName, string field, Func<Guid, Task<CatalogOutcome<Product>>> change) =>
        AdminIds.Parse(id, typeName) is { } parsed
            ? Run(() => change(parsed))
            : Task.FromResult(new ProductPayload(null, AdminError.One(CatalogAdminCodes.NotFound, "No product or variant has this ID.", field)));

    private static async Task<ProductPayload> Run(Func<Task<CatalogOutcome<Product>>> change)
    {
        try
        {
            var outcome = await change();
            return new ProductPayload(outcome.Value, Errors(outcome.Errors));
        }
        catch (DomainException refused)
        {
            // Money built from the input (a bad currency, a negative amount) breaks its rule before any write.
            return new ProductPayload(null, AdminError.One(CatalogAdminCodes.FromDomain(refused.Code), refused.Message, CatalogAdminCodes.Field(refused.Code)));
        }
    }

    private static async Task<CategoryPayload> RunCategory(Func<Task<CatalogOutcome<Category>>> change)
    {
        var outcome = await change();
        return new CategoryPayload(outcome.Value is { } category ? new CategoryNode(category, []) : null, Errors(outcome.Errors));
    }

    private static IReadOnlyList<AdminError> Errors(IReadOnlyList<CatalogError> errors) =>
        [.. errors.Select(e => new AdminError(e.Code, e.Message, e.Field))];

    private static IReadOnlyList<CategoryNode> Tree(IReadOnlyList<Category> categories)
    {
        var children = categories.ToLookup(c => c.ParentId);
        IReadOnlyList<CategoryNode> Level(Guid? parent) => [.. children[parent].Select(c => new CategoryNode(c, Level(c.Id)))];
        return Level(null);
    }

    private sealed record CategoryNode(Category Category, IReadOnlyList<CategoryNode> Children);

    private sealed record ProductEdge(string Cursor, Product Node);

    private sealed record ProductConnection(IReadOnlyList<ProductEdge> Edges, IReadOnlyList<Product> Nodes, string? EndCursor, bool HasNextPage);

    private sealed record ProductPayload(Product? Product, IReadOnlyList<AdminError> Errors);

    private sealed record CategoryPayload(CategoryNode? Category, IReadOnlyList<AdminError> Errors);

    private sealed record ImportPayload(CatalogImportJob? Job, IReadOnlyList<AdminError> Errors);

    private sealed record ExportPayload(string Csv, int Rows, IReadOnlyList<AdminError> Errors);
}

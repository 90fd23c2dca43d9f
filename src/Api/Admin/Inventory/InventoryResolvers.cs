using System.Security.Claims;
using Headless.Api.Admin.Inputs;
using Headless.Api.Admin.Staff;
using Headless.Api.Storefront;
using Headless.Domain.Catalog;
using Headless.Domain.Inventory;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Identity;
using Headless.Infrastructure.Inventory;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using static Headless.Api.Admin.Inventory.InventoryViews;

namespace Headless.Api.Admin.Inventory;

/// <summary>Stock levels, locations and the ledger, and the inventory mutations: thin calls to <see cref="InventoryService"/>.</summary>
internal static class InventoryResolvers
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 100;

    public static SchemaBuilder AddInventoryResolvers(this SchemaBuilder schema) => schema
        .BindEnum<StockMovementReason>("StockMovementReason")
        .BindEnum<StockMovementReason>("StockAdjustmentReason")
        .AddResolver("Query", "stockLevels", async (string variantId, IResolveFieldContext context) =>
        {
            var variant = VariantId(variantId) ?? throw GlobalId.Invalid(variantId, "a ProductVariant ID");
            return (object)await AdminReads.ReadAsync(context, db => LevelsAsync(db, variant, context.CancellationToken));
        })
        .AddResolver("Query", "stockLocations", async (IResolveFieldContext context) =>
            (object)(await AdminReads.ReadAsync(context, db => db.StockLocations.AsNoTracking().OrderBy(l => l.Code).ToListAsync(context.CancellationToken))).Select(StockLocationView.From).ToList())
        .AddResolver("Query", "stockMovements", MovementsAsync)
        .AddResolver("Query", "stockLedgerDrift", async (IResolveFieldContext context) =>
            (object)(await AdminReads.ReadAsync(context, db => StockLedgerCheck.FindDriftAsync(db, context.CancellationToken)))
                .Select(d => new StockLedgerDriftView(GlobalId.Encode(VariantType, d.VariantId), AdminIds.Encode(AdminIds.StockLocation, d.LocationId), d.OnHand, d.LedgerOnHand, d.Allocated, d.HeldByOrders))
                .ToList())
        .AddResolver("Mutation", "receiveStock", (ReceiveStockInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
            OperateAsync(context, input.VariantId, input.LocationId, null, (service, variant, location, _, ct) => service.ReceiveAsync(
                new StockOperation(variant, location, input.Quantity, StockMovementReason.Received, Actor(user), input.IdempotencyKey, input.Note, input.Reference), ct)))
        .AddResolver("Mutation", "adjustStock", (AdjustStockInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
            OperateAsync(context, input.VariantId, input.LocationId, null, (service, variant, location, _, ct) => service.AdjustAsync(
                new StockOperation(variant, location, input.Quantity, input.Reason, Actor(user), input.IdempotencyKey, input.Note, CountedOnHand: input.CountedOnHand), ct)))
        .AddResolver("Mutation", "transferStock", (TransferStockInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
            OperateAsync(context, input.VariantId, input.FromLocationId, input.ToLocationId, (service, variant, from, to, ct) => service.TransferAsync(
                new StockOperation(variant, from, input.Quantity, StockMovementReason.TransferOut, Actor(user), input.IdempotencyKey, input.Note, ToLocationId: to), ct)))
        .AddResolver("Mutation", "setLowStockThreshold", SetThresholdAsync)
        .AddResolver("Mutation", "createStockLocation", async (CreateStockLocationInput input, IResolveFieldContext context) =>
            LocationPayload(await Locations(context).CreateAsync(input.Code, input.Name, input.Pickup ?? false, input.Shipping ?? true, context.CancellationToken)))
        .AddResolver("Mutation", "renameStockLocation", async (RenameStockLocationInput input, IResolveFieldContext context) =>
            LocationId(input.Id) is { } id
                ? LocationPayload(await Locations(context).RenameAsync(id, input.Name, context.CancellationToken))
                : LocationNotFound())
        .AddResolver("Mutation", "setStockLocationCapabilities", async (SetStockLocationCapabilitiesInput input, IResolveFieldContext context) =>
            LocationId(input.Id) is { } id
                ? LocationPayload(await Locations(context).SetCapabilitiesAsync(id, input.Pickup, input.Shipping, context.CancellationToken))
                : LocationNotFound());

    /// <summary>Who made the change, for the ledger: the staff member or API key signed in (this schema admits no one else).</summary>
    public static StockMovementActor Actor(ClaimsPrincipal user)
    {
        var id = Guid.TryParse(user.FindFirst(HeadlessClaimTypes.Subject)?.Value, out var parsed) ? parsed : Guid.Empty;
        return user.FindFirst(HeadlessClaimTypes.Kind)?.Value switch
        {
            CallerKinds.Staff => StockMovementActor.Staff(id),
            CallerKinds.ApiKey => StockMovementActor.ApiKey(id),
            var other => new StockMovementActor(other ?? "unknown", id == Guid.Empty ? null : id.ToString()),
        };
    }

    /// <summary>A storefront <c>ProductVariant</c> ID, or a bare UUID; null when it is neither.</summary>
    public static Guid? VariantId(string id) =>
        GlobalId.TryDecode(id) is { TypeName: VariantType } decoded ? decoded.Id
        : Guid.TryParseExact(id, "D", out var raw) ? raw
        : null;

    /// <summary>A <c>StockLocation</c> global ID, or the bare UUID the admin answered before; null when it is neither.</summary>
    private static Guid? LocationId(string id) => AdminIds.Parse(id, AdminIds.StockLocation);

    private static InventoryService Service(IResolveFieldContext context) => context.RequestServices.GetRequiredService<InventoryService>();

    private static StockLocationService Locations(IResolveFieldContext context) => context.RequestServices.GetRequiredService<StockLocationService>();

    private static async Task<StockMovementPayload> OperateAsync(
        IResolveFieldContext context, string variantId, string locationId, string? toLocationId,
        Func<InventoryService, Guid, Guid, Guid?, CancellationToken, Task<StockOperationResult>> operate)
    {
        var transfer = toLocationId is not null;
        if (VariantId(variantId) is not { } variant)
        {
            return Refused(InventoryError.NotFound, "No variant has this ID.", "variantId");
        }

        if (LocationId(locationId) is not { } location)
        {
            return Refused(InventoryError.NotFound, "No stock location has this ID.", transfer ? "fromLocationId" : "locationId");
        }

        Guid? to = null;
        if (toLocationId is not null)
        {
            if (LocationId(toLocationId) is not { } parsed)
            {
                return Refused(InventoryError.NotFound, "No stock location has this ID.", "toLocationId");
            }

            to = parsed;
        }

        var result = await operate(Service(context), variant, location, to, context.CancellationToken);
        if (result.Error is { } error)
        {
            return Refused(error.Code, error.Message, error.Field);
        }

        var levels = await LevelsAsync(StaffResolvers.Db(context), variant, context.CancellationToken);
        return new StockMovementPayload(result.Movements.Select(StockMovementView.From).ToList(), levels, result.Replayed, AdminError.None);
    }

    private static async Task<LowStockThresholdPayload> SetThresholdAsync(SetLowStockThresholdInput input, IResolveFieldContext context)
    {
        if (VariantId(input.VariantId) is not { } variant)
        {
            return new LowStockThresholdPayload(null, null, null, AdminError.One(InventoryError.NotFound, "No variant has this ID.", "variantId"));
        }

        var (rule, error) = await Service(context).SetLowStockThresholdAsync(variant, input.Threshold, context.CancellationToken);
        return rule is null
            ? new LowStockThresholdPayload(null, null, null, AdminError.One(error!.Code, error.Message, error.Field))
            : new LowStockThresholdPayload(GlobalId.Encode(VariantType, rule.VariantId), rule.Threshold, rule.IsLow, AdminError.None);
    }

    private static async Task<object> MovementsAsync(int? first, string? after, StockMovementFilter? where, IResolveFieldContext context)
    {
        var size = first ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize)
        {
            throw new GraphQLException($"first must be between 1 and {MaxPageSize}.", "INVALID_SLICING_ARGUMENTS");
        }

        // Sibling root fields resolve side by side: the ledger is read on a context of its own (AdminReads).
        return await AdminReads.ReadAsync(context, db => ReadMovementsAsync(db, size, after, where, context.CancellationToken));
    }

    private static async Task<object> ReadMovementsAsync(HeadlessDbContext db, int size, string? after, StockMovementFilter? where, CancellationToken ct)
    {
        IQueryable<StockMovement> query = db.StockMovements.AsNoTracking();
        if (after is not null)
        {
            var position = StockMovementCursor.Decode(after);
            query = query.Where(m => m.Id < position);
        }

        if (where?.VariantId is { } variantText)
        {
            var variant = VariantId(variantText) ?? throw GlobalId.Invalid(variantText, "a ProductVariant ID");
            query = query.Where(m => m.VariantId == variant);
        }

        if (where?.LocationId is { } locationText)
        {
            var location = LocationId(locationText) ?? throw GlobalId.Invalid(locationText, "a StockLocation ID");
            query = query.Where(m => m.LocationId == location);
        }

        if (where?.Reason is { } reason)
        {
            query = query.Where(m => m.Reason == reason);
        }

        var rows = await query.OrderByDescending(m => m.Id).Take(size + 1).ToListAsync(ct);
        var nodes = rows.Take(size).Select(StockMovementView.From).ToList();
        return new StockMovementConnection(nodes.Select(n => new StockMovementEdge(n.Cursor, n)).ToList(), nodes, nodes.Count > 0 ? nodes[^1].Cursor : null, rows.Count > size);
    }

    private static async Task<IReadOnlyList<StockLevelView>> LevelsAsync(HeadlessDbContext db, Guid variantId, CancellationToken ct)
    {
        var rows = await (
            from s in db.StockLevels.AsNoTracking()
            join l in db.StockLocations.AsNoTracking() on s.LocationId equals l.Id
            join v in db.Set<ProductVariant>().AsNoTracking() on s.VariantId equals v.Id
            where s.VariantId == variantId
            orderby l.Code
            select new { s.OnHand, s.Allocated, v.Sku, Location = l })
            .ToListAsync(ct);
        var id = GlobalId.Encode(VariantType, variantId);
        return rows.Select(r => new StockLevelView(id, r.Sku, StockLocationView.From(r.Location), r.OnHand, r.Allocated, r.OnHand - r.Allocated)).ToList();
    }

    private static StockMovementPayload Refused(string code, string message, string? field) => new([], [], false, AdminError.One(code, message, field));

    private static StockLocationPayload LocationPayload((StockLocation? Location, InventoryError? Error) result) =>
        result.Location is { } location
            ? new StockLocationPayload(StockLocationView.From(location), AdminError.None)
            : new StockLocationPayload(null, AdminError.One(result.Error!.Code, result.Error.Message, result.Error.Field));

    private static StockLocationPayload LocationNotFound() => new(null, AdminError.One(InventoryError.NotFound, "No stock location has this ID.", "id"));
}

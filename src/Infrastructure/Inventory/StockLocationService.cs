using Headless.Domain.Inventory;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Inventory;

/// <summary>Creates stock locations and changes their name and capabilities (pickup, shipping).</summary>
public sealed class StockLocationService(HeadlessDbContext db)
{
    public async Task<(StockLocation? Location, InventoryError? Error)> CreateAsync(string code, string name, bool pickup, bool shipping, CancellationToken ct)
    {
        StockLocation location;
        try
        {
            location = new StockLocation(code, name);
            location.SetCapabilities(pickup, shipping);
        }
        catch (DomainException refused)
        {
            return (null, new InventoryError(InventoryError.InvalidInput, refused.Message, refused.Code == InventoryErrorCodes.InvalidLocationCode ? "code" : "name"));
        }

        db.StockLocations.Add(location);
        try
        {
            await db.SaveChangesAsync(ct);
            return (location, null);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            return (null, new InventoryError(InventoryError.DuplicateCode, $"A stock location with code {code} exists.", "code"));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public Task<(StockLocation? Location, InventoryError? Error)> RenameAsync(Guid id, string name, CancellationToken ct) =>
        ChangeAsync(id, l => l.Rename(name), "name", ct);

    public Task<(StockLocation? Location, InventoryError? Error)> SetCapabilitiesAsync(Guid id, bool pickup, bool shipping, CancellationToken ct) =>
        ChangeAsync(id, l => l.SetCapabilities(pickup, shipping), null, ct);

    private async Task<(StockLocation? Location, InventoryError? Error)> ChangeAsync(Guid id, Action<StockLocation> change, string? field, CancellationToken ct)
    {
        var location = await db.StockLocations.SingleOrDefaultAsync(l => l.Id == id, ct);
        if (location is null)
        {
            return (null, new InventoryError(InventoryError.NotFound, "No stock location has this ID.", "id"));
        }

        try
        {
            change(location);
            await db.SaveChangesAsync(ct);
            return (location, null);
        }
        catch (DomainException refused)
        {
            return (null, new InventoryError(InventoryError.InvalidInput, refused.Message, field));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

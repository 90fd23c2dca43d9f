using Headless.Domain.Catalog;
using Headless.Domain.Checkout;
using Headless.Domain.Inventory;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Catalog.Caching;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Checkout;

/// <summary>
/// Cart operations as the storefront calls them, addressed by the cart's secret token. Each returns a
/// <see cref="CartPayload"/>: broken rules come back as user errors and nothing is saved. Line changes
/// reserve the stock they ask for (see <see cref="CheckoutOptions.ReservationDuration"/>).
/// </summary>
public sealed class CartService(
    HeadlessDbContext db,
    VariantCatalog variants,
    StockAvailability availability,
    CheckoutOptions options,
    TimeProvider clock,
    StockChangeNotifier? stockChanges = null)
{
    private const int ChangeAttempts = 4;

    // When each cart loaded in this scope holds its stock until, as read with the cart or written since: the
    // payload shows it without another read.
    private readonly Dictionary<Guid, DateTimeOffset?> _reservedUntil = [];

    /// <summary>A new cart, with <paramref name="email"/> when one is given; an email refused leaves it without one.</summary>
    public async Task<CartPayload> CreateCartAsync(string? email = null, CancellationToken ct = default)
    {
        var token = SecretToken.Generate();
        var now = clock.GetUtcNow();
        var cart = new Cart(SecretToken.Hash(token), now);
        var errors = email is null ? [] : Errors(["email"], () => cart.SetEmail(email, now));
        db.Carts.Add(cart);
        await db.SaveChangesAsync(ct);
        _reservedUntil[cart.Id] = null;
        return new CartPayload(await ViewAsync(cart, ct), errors, token);
    }

    public async Task<CartPayload> GetCartAsync(string cartToken, CancellationToken ct = default) =>
        await FindAsync(cartToken, ct) is { } cart
            ? new CartPayload(await ViewAsync(cart, ct), [])
            : new CartPayload(null, [CheckoutError.CartNotFound()]);

    public async Task<CartPayload> AddLinesAsync(string cartToken, IReadOnlyList<CartLineInput> lines, CancellationToken ct = default)
    {
        var recipients = await variants.RecipientRulesAsync(lines.Select(l => l.VariantId), ct);
        return await ChangeLinesAsync(cartToken, lines.Select(l => l.VariantId), (cart, now) =>
        {
            var errors = new List<CheckoutError>();
            for (var i = 0; i < lines.Count; i++)
            {
                var path = new[] { "lines", i.ToString() };
                if (recipients.TryGetValue(lines[i].VariantId, out var rule) && RecipientRule.WhyNot(rule.Field, rule.Country, lines[i].Recipient) is { } refused)
                {
                    errors.Add(new CheckoutError(CheckoutErrorCode.InvalidRecipient, refused, [.. path, "recipient"], VariantId: lines[i].VariantId));
                    continue;
                }

                Attempt(errors, path, () => WithinLimit(errors, path, cart.AddLine(lines[i].VariantId, lines[i].Quantity, now, lines[i].Recipient).Quantity));
            }

            return errors;
        }, ct);
    }

    public Task<CartPayload> UpdateLinesAsync(string cartToken, IReadOnlyList<CartLineUpdate> lines, CancellationToken ct = default) =>
        ChangeLinesAsync(cartToken, [], (cart, now) =>
        {
            var errors = new List<CheckoutError>();
            for (var i = 0; i < lines.Count; i++)
            {
                var path = new[] { "lines", i.ToString() };
                Attempt(errors, path, () =>
                {
                    cart.UpdateLine(lines[i].LineId, lines[i].Quantity, now);
                    WithinLimit(errors, path, lines[i].Quantity);
                }, lines[i].LineId);
            }

            return errors;
        }, ct);

    public Task<CartPayload> RemoveLinesAsync(string cartToken, IReadOnlyList<Guid> lineIds, CancellationToken ct = default) =>
        ChangeLinesAsync(cartToken, [], (cart, now) =>
        {
            var errors = new List<CheckoutError>();
            for (var i = 0; i < lineIds.Count; i++)
            {
                Attempt(errors, ["lineIds", i.ToString()], () => cart.RemoveLine(lineIds[i], now), lineIds[i]);
            }

            return errors;
        }, ct);

    public Task<CartPayload> SetEmailAsync(string cartToken, string email, CancellationToken ct = default) =>
        ChangeAsync(cartToken, (cart, now) => Errors(["email"], () => cart.SetEmail(email, now)), ct);

    public Task<CartPayload> SetShippingAddressAsync(string cartToken, Address address, CancellationToken ct = default) =>
        ChangeAsync(cartToken, async (cart, now) =>
        {
            var problems = AddressErrors(address, "shippingAddress");
            if (problems.Count > 0)
            {
                return problems;
            }

            cart.SetShippingAddress(address, now);

            // A method chosen for the old address stays only if the new one is offered it too.
            if (cart.ShippingMethodCode is { } code && ShippingRates.Find(address, await CurrencyAsync(cart, ct), code) is null)
            {
                cart.ClearShippingMethod(now);
            }

            return [];
        }, ct);

    public Task<CartPayload> SetBillingAddressAsync(string cartToken, Address address, CancellationToken ct = default) =>
        ChangeAsync(cartToken, (cart, now) =>
        {
            var problems = AddressErrors(address, "billingAddress");
            if (problems.Count == 0)
            {
                cart.SetBillingAddress(address, now);
            }

            return Task.FromResult(problems);
        }, ct);

    public Task<CartPayload> SetShippingMethodAsync(string cartToken, string methodCode, CancellationToken ct = default) =>
        ChangeAsync(cartToken, async (cart, now) =>
        {
            var offered = cart.ShippingAddress is null ? null : ShippingRates.Find(cart.ShippingAddress, await CurrencyAsync(cart, ct), methodCode ?? string.Empty);
            if (offered is null)
            {
                var why = cart.ShippingAddress is null ? "Set a shipping address first." : $"'{methodCode}' is not offered for this address.";
                return [new CheckoutError(CheckoutErrorCode.ShippingMethodUnavailable, why, ["shippingMethodCode"])];
            }

            cart.SetShippingMethod(offered.Code, now);
            return [];
        }, ct);

    internal async Task<Cart?> FindAsync(string cartToken, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(cartToken) || cartToken.Length > 256)
        {
            return null;
        }

        var hash = SecretToken.Hash(cartToken);
        return await LoadAsync(db.Carts.Where(c => c.TokenHash == hash), lockedHere: false, ct);
    }

    /// <summary>Locks (see <see cref="CheckoutLocks.LockCartAsync"/>) and loads the cart in the caller's transaction.</summary>
    internal Task<Cart?> LockAsync(string cartToken, CancellationToken ct) =>
        CheckoutLocks.LockCartAsync(db, SecretToken.Hash(cartToken), (carts, lockedHere) => LoadAsync(carts, lockedHere, ct), ct);

    /// <summary>
    /// The cart with its lines and, in the same statement, until when it holds stock. When that statement also locks
    /// the cart (<paramref name="lockedHere"/>) and had to wait for the lock, PostgreSQL returns the cart row as the
    /// previous holder committed it but the lines and reservations as they were when the statement began. Every
    /// committed change moves the cart's <c>updated_at</c> on (<see cref="MarkChanged"/>), so a cart row newer than
    /// the statement's own reading of it shows that case, and the cart is read again, now under the lock.
    /// </summary>
    private async Task<Cart?> LoadAsync(IQueryable<Cart> carts, bool lockedHere, CancellationToken ct)
    {
        var rows = await carts
            .Include(c => c.Lines)
            .Select(c => new
            {
                Cart = c,
                ReservedUntil = db.StockReservations.Where(r => r.CartId == c.Id).Select(r => (DateTimeOffset?)r.ExpiresAt).FirstOrDefault(),
                SnapshotUpdatedAt = lockedHere ? db.Carts.Where(x => x.Id == c.Id).Select(x => (DateTimeOffset?)x.UpdatedAt).FirstOrDefault() : c.UpdatedAt,
            })
            .ToListAsync(ct);

        // The token hash is unique: no LIMIT, so the row lock (PostgreSQL) applies to the carts table itself.
        if (rows.SingleOrDefault() is not { } loaded)
        {
            return null;
        }

        if (loaded.SnapshotUpdatedAt != loaded.Cart.UpdatedAt)
        {
            db.ChangeTracker.Clear();
            return await LoadAsync(db.Carts.Where(c => c.Id == loaded.Cart.Id), lockedHere: false, ct);
        }

        _reservedUntil[loaded.Cart.Id] = loaded.ReservedUntil;
        return loaded.Cart;
    }

    /// <summary>
    /// Writes the cart row with an <c>updated_at</c> later than the one loaded, even when the change left it alone or
    /// the clock did not move: <see cref="LoadAsync"/> relies on it to notice a change committed while it waited.
    /// </summary>
    private void MarkChanged(Cart cart)
    {
        var updatedAt = db.Entry(cart).Property(c => c.UpdatedAt);
        var least = updatedAt.OriginalValue.AddTicks(TimeSpan.TicksPerMillisecond / 1000);
        if (updatedAt.CurrentValue < least)
        {
            updatedAt.CurrentValue = least;
        }
    }

    private async Task<CartPayload> ChangeLinesAsync(
        string cartToken,
        IEnumerable<Guid> newVariantIds,
        Func<Cart, DateTimeOffset, List<CheckoutError>> change,
        CancellationToken ct) =>
        await ChangeAsync(cartToken, async (cart, now) =>
        {
            var unknown = await UnknownVariantsAsync(newVariantIds, ct);
            if (unknown.Count > 0)
            {
                return unknown;
            }

            var errors = change(cart, now);
            if (errors.Count > 0)
            {
                return errors;
            }

            return await ReserveAsync(cart, now, ct);
        }, ct);

    private async Task<List<CheckoutError>> UnknownVariantsAsync(IEnumerable<Guid> variantIds, CancellationToken ct)
    {
        var ids = variantIds.ToList();
        var known = await variants.GetAsync(ids, ct, forSaleOnly: true);
        return ids.Select((id, i) => (id, i))
            .Where(x => !known.ContainsKey(x.id))
            .Select(x => new CheckoutError(CheckoutErrorCode.VariantNotFound, "No variant has this ID.", ["lines", x.i.ToString(), "variantId"], VariantId: x.id))
            .ToList();
    }

    /// <summary>
    /// Holds, for this cart, the units of every stock-tracked line until now + the reservation duration,
    /// refusing lines that ask for more than others have left over. Runs in the change's transaction.
    /// </summary>
    private async Task<List<CheckoutError>> ReserveAsync(Cart cart, DateTimeOffset now, CancellationToken ct)
    {
        var snapshots = await variants.GetAsync(cart.Lines.Select(l => l.VariantId), ct);
        var tracked = cart.Lines.Where(l => snapshots.TryGetValue(l.VariantId, out var v) && v.TracksInventory).ToList();
        var trackedIds = tracked.Select(l => l.VariantId).Distinct().ToList();

        if (options.ReservationDuration <= TimeSpan.Zero)
        {
            return InsufficientStock(cart, tracked, await availability.AvailableAsync(trackedIds, cart.Id, now, ct));
        }

        // Under these locks no one else can reserve or allocate the variants until this transaction ends,
        // so what is read as free is still free when the reservation is written. This cart's own reservations
        // come with the others' live ones, in one read.
        var levels = await CheckoutLocks.LockStockAsync(db, trackedIds, ct);
        var reservations = await db.StockReservations
            .Where(r => r.CartId == cart.Id || (trackedIds.Contains(r.VariantId) && r.ExpiresAt > now))
            .ToListAsync(ct);
        var existing = reservations.Where(r => r.CartId == cart.Id).ToList();
        var reservedByOthers = reservations.Where(r => r.CartId != cart.Id)
            .GroupBy(r => r.VariantId)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity));
        var errors = InsufficientStock(cart, tracked, StockAvailability.Available(levels, trackedIds, reservedByOthers));
        if (errors.Count > 0)
        {
            return errors;
        }

        if (stockChanges is not null)
        {
            // What others may buy changes for every variant held before or after: the catalog reads it afresh after the commit.
            await stockChanges.ChangedAsync(db, existing.Select(r => r.VariantId).Concat(tracked.Select(l => l.VariantId)), ct);
        }

        var until = now + options.ReservationDuration;
        foreach (var reservation in existing.Where(r => tracked.All(l => l.VariantId != r.VariantId)))
        {
            db.StockReservations.Remove(reservation);
        }

        foreach (var line in tracked)
        {
            if (existing.FirstOrDefault(r => r.VariantId == line.VariantId) is { } held)
            {
                held.Renew(line.Quantity, until);
            }
            else
            {
                db.StockReservations.Add(new StockReservation(cart.Id, line.VariantId, line.Quantity, until));
            }
        }

        _reservedUntil[cart.Id] = tracked.Count > 0 ? until : null;
        return [];
    }

    private static List<CheckoutError> InsufficientStock(Cart cart, List<CartLine> tracked, IReadOnlyDictionary<Guid, int> available) =>
        cart.Lines
            .Select((line, i) => (line, i))
            .Where(x => tracked.Contains(x.line) && x.line.Quantity > available[x.line.VariantId])
            .Select(x => CheckoutError.InsufficientStock(x.line.VariantId, available[x.line.VariantId], ["lines", x.i.ToString(), "quantity"]))
            .ToList();

    private Task<CartPayload> ChangeAsync(string cartToken, Func<Cart, DateTimeOffset, List<CheckoutError>> change, CancellationToken ct) =>
        ChangeAsync(cartToken, (cart, now) => Task.FromResult(change(cart, now)), ct);

    /// <summary>
    /// Applies a change in one transaction that first locks the cart's row: concurrent changes of one cart run
    /// one after another, each on the lines the previous one saved, and none lands after the cart became an
    /// order (placing an order takes the same lock). A race lost anyway (a deadlock, a lock wait that ran out)
    /// is retried with fresh data, and after <see cref="ChangeAttempts"/> it is the typed CART_CONFLICT.
    /// </summary>
    private async Task<CartPayload> ChangeAsync(string cartToken, Func<Cart, DateTimeOffset, Task<List<CheckoutError>>> change, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(cartToken) || cartToken.Length > 256)
        {
            return new CartPayload(null, [CheckoutError.CartNotFound()]);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ChangeOnceAsync(cartToken, change, ct);
            }
            catch (Exception exception) when (DbErrors.IsConcurrencyConflict(exception) && !ct.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                if (attempt == ChangeAttempts)
                {
                    var stored = await FindAsync(cartToken, ct);
                    return new CartPayload(stored is null ? null : await ViewAsync(stored, ct), [CheckoutError.CartConflict()]);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt), ct);
            }
        }
    }

    private async Task<CartPayload> ChangeOnceAsync(string cartToken, Func<Cart, DateTimeOffset, Task<List<CheckoutError>>> change, CancellationToken ct)
    {
        List<CheckoutError> errors;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var cart = await LockAsync(cartToken, ct);
            if (cart is null)
            {
                return new CartPayload(null, [CheckoutError.CartNotFound()]);
            }

            if (cart.IsCompleted)
            {
                await transaction.RollbackAsync(ct);
                return new CartPayload(await ViewAsync(cart, ct), [CheckoutError.CartCompleted()]);
            }

            try
            {
                errors = await change(cart, clock.GetUtcNow());
            }
            catch (DomainException exception)
            {
                errors = [DomainErrors.ToUserError(exception, [])];
            }

            if (errors.Count == 0)
            {
                MarkChanged(cart);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return new CartPayload(await ViewAsync(cart, ct), []);
            }

            await transaction.RollbackAsync(ct);
        }

        // Nothing of a refused change is kept: reload the cart as stored.
        db.ChangeTracker.Clear();
        var stored = await FindAsync(cartToken, ct);
        return new CartPayload(stored is null ? null : await ViewAsync(stored, ct), errors);
    }

    /// <summary>Refuses a line that would hold more units than <see cref="CheckoutOptions.MaxQuantityPerVariant"/>.</summary>
    private void WithinLimit(List<CheckoutError> errors, IReadOnlyList<string> path, int quantity)
    {
        if (quantity > options.MaxQuantityPerVariant)
        {
            errors.Add(CheckoutError.QuantityAboveLimit(options.MaxQuantityPerVariant, quantity, [.. path, "quantity"]));
        }
    }

    internal async Task<CartView> ViewAsync(Cart cart, CancellationToken ct)
    {
        var snapshots = await variants.GetAsync(cart.Lines.Select(l => l.VariantId), ct);
        var totals = CartPricing.Price(cart, snapshots, options.DefaultCurrency);
        var methods = totals.RequiresShipping && cart.ShippingAddress is not null
            ? ShippingRates.OfferedFor(cart.ShippingAddress, totals.Currency)
            : [];
        var reservedUntil = _reservedUntil.TryGetValue(cart.Id, out var known)
            ? known
            : await db.StockReservations.AsNoTracking()
                .Where(r => r.CartId == cart.Id)
                .Select(r => (DateTimeOffset?)r.ExpiresAt)
                .FirstOrDefaultAsync(ct);
        return new CartView(cart, totals, methods, reservedUntil);
    }

    private async Task<string> CurrencyAsync(Cart cart, CancellationToken ct) =>
        (await ViewAsync(cart, ct)).Totals.Currency;

    private static List<CheckoutError> AddressErrors(Address address, string input) =>
        AddressRules.Validate(address)
            .Select(p => new CheckoutError(CheckoutErrorCode.InvalidAddress, p.Message, [input, p.Field], Field: p.Field))
            .ToList();

    private static List<CheckoutError> Errors(IReadOnlyList<string> path, Action action)
    {
        var errors = new List<CheckoutError>();
        Attempt(errors, path, action);
        return errors;
    }

    private static void Attempt(List<CheckoutError> errors, IReadOnlyList<string> path, Action action, Guid? lineId = null)
    {
        try
        {
            action();
        }
        catch (DomainException exception)
        {
            var error = DomainErrors.ToUserError(exception, path);
            errors.Add(error.Code == CheckoutErrorCode.LineNotFound ? error with { LineId = lineId } : error);
        }
    }
}

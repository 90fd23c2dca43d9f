using Headless.Domain.Checkout;
using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Turns a cart into an order in one database transaction: the order with price snapshots, stock
/// allocation by conditional update, payment authorization, the order's events and their outbox rows.
/// Any refusal rolls everything back and comes back as a user error.
///
/// Concurrency: the order row (unique idempotency key, unique cart) is written first, so a concurrent
/// repeat of the same key waits on the unique index and then fails there — before it could authorize a
/// payment — and returns the winner's order. Stock is only ever claimed by the conditional update, under
/// the cart and stock locks cart changes take too (<see cref="CheckoutLocks"/>), so the order has exactly
/// the cart's lines and other carts' reservations are counted as they are.
/// </summary>
public sealed partial class PlaceOrderService(
    HeadlessDbContext db,
    CartService carts,
    StockAvailability availability,
    StockAllocator allocator,
    OrderNumberGenerator numbers,
    PaymentMethodCatalog catalog,
    OutboxSignal outboxSignal,
    TimeProvider clock,
    ILogger<PlaceOrderService> logger)
{
    public const string ShopperActor = "shopper";
    private const int PaymentAttempts = 3;

    public async Task<PlaceOrderResult> PlaceOrderAsync(PlaceOrderRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.IdempotencyKey?.Trim() ?? string.Empty;
        if (key.Length is 0 or > Order.MaxIdempotencyKeyLength)
        {
            return PlaceOrderResult.Failed(new CheckoutError(
                CheckoutErrorCode.InvalidIdempotencyKey,
                $"An idempotency key of 1 to {Order.MaxIdempotencyKeyLength} characters is required.",
                ["idempotencyKey"]));
        }

        // No method at all means this server takes no payments (PAYMENT_UNAVAILABLE below, once the cart is known).
        var method = catalog.Find(request.PaymentMethod);
        if (method is null && catalog.Methods.Count > 0)
        {
            return PlaceOrderResult.Failed(new CheckoutError(
                CheckoutErrorCode.UnsupportedPaymentMethod,
                $"Payment method '{Shorten(request.PaymentMethod)}' is not supported; use one of: {string.Join(", ", catalog.Codes)}.",
                ["payment", "method"],
                SupportedPaymentMethods: catalog.Codes));
        }

        if (string.IsNullOrEmpty(request.CartToken) || request.CartToken.Length > 256)
        {
            return PlaceOrderResult.Failed(CheckoutError.CartNotFound());
        }

        db.ChangeTracker.Clear();
        try
        {
            return await PlaceInTransactionAsync(request, key, method, ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Everything, checks included, in the one transaction, after locking the cart: no cart change can slip in
    /// between the lines read here and the cart's completion (cart changes take the same lock), so the order has
    /// exactly the cart's lines, and nothing is read twice.
    /// </summary>
    private async Task<PlaceOrderResult> PlaceInTransactionAsync(PlaceOrderRequest request, string key, PaymentMethod? method, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var cart = await carts.LockAsync(request.CartToken, ct);
        if (cart is null || cart.IsCompleted)
        {
            await transaction.RollbackAsync(ct);
            return cart is null
                ? PlaceOrderResult.Failed(CheckoutError.CartNotFound())
                : await ReplayAsync(request, key, cart.Id, ct) ?? PlaceOrderResult.Failed(CheckoutError.CartCompleted());
        }

        var totals = (await carts.ViewAsync(cart, ct)).Totals;
        var refused = Readiness(cart, totals)
            ?? (method is null
                ? new CheckoutError(CheckoutErrorCode.PaymentUnavailable, "This shop takes no payments at the moment: no payment provider is configured.", ["payment"])
                : Unavailable(method, cart, totals));
        if (refused is not null)
        {
            // A key already used for another cart says so whatever the state of this one.
            await transaction.RollbackAsync(ct);
            return await ReplayAsync(request, key, cart.Id, ct) ?? PlaceOrderResult.Failed(refused);
        }

        // Checks passed: only now is an order number spent.
        var number = await numbers.NextAsync(ct);
        var payments = method!.Provider;
        var accessToken = SecretToken.Generate();
        Order order;
        try
        {
            order = Order.Place(number, cart, totals, key, SecretToken.Hash(accessToken), ShopperActor, now);
            if (AccessTokenSeal.Seal(accessToken, request.CartToken, key) is { } seal)
            {
                order.SealAccessToken(seal);
            }
        }
        catch (DomainException exception)
        {
            await transaction.RollbackAsync(ct);
            return PlaceOrderResult.Failed(DomainErrors.ToUserError(exception, []));
        }

        // 1. The order row first: it takes the unique idempotency key and cart, serializing repeats here.
        db.Orders.Add(order);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await ReplayAsync(request, key, cart.Id, ct) ?? PlaceOrderResult.Failed(CheckoutError.CartCompleted());
        }

        // 2. Stock: locked, so that no cart reserves it meanwhile; other carts' live reservations, then the conditional update.
        var tracked = totals.Lines.Select((line, i) => (line, i)).Where(x => x.line.Variant.TracksInventory).ToList();
        var trackedIds = tracked.Select(x => x.line.Variant.VariantId).Distinct().ToList();
        var levels = await CheckoutLocks.LockStockAsync(db, trackedIds, ct);
        var available = StockAvailability.Available(levels, trackedIds, await availability.ReservedByOthersAsync(trackedIds, cart.Id, now, ct));
        foreach (var (line, i) in tracked.OrderBy(x => x.line.Variant.VariantId))
        {
            var variantId = line.Variant.VariantId;
            var allocations = line.Quantity <= available[variantId]
                ? await allocator.AllocateAsync(order.Id, variantId, line.Quantity, levels, ct)
                : null;
            if (allocations is null)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                var left = (await availability.AvailableAsync([variantId], cart.Id, clock.GetUtcNow(), ct))[variantId];
                return PlaceOrderResult.Failed(CheckoutError.InsufficientStock(variantId, left, ["lines", i.ToString(), "quantity"]));
            }

            db.StockAllocations.AddRange(allocations);
        }

        await db.StockReservations.Where(r => r.CartId == cart.Id).ExecuteDeleteAsync(ct);

        // 3. Payment, with retries under the same key for transient failures.
        var authorization = await AuthorizeAsync(payments, new AuthorizeRequest(order.Total, request.PaymentMethod, request.PaymentToken, key, order.Number), ct);
        if (authorization.Outcome is not (PaymentOutcome.Authorized or PaymentOutcome.RequiresAction))
        {
            await transaction.RollbackAsync(ct);
            var (code, message) = authorization.Outcome == PaymentOutcome.Declined
                ? (CheckoutErrorCode.PaymentDeclined, authorization.Message ?? "The payment was declined.")
                : (CheckoutErrorCode.PaymentUnavailable, "The payment service is unavailable; try again with the same idempotency key.");
            return PlaceOrderResult.Failed(new CheckoutError(code, message, ["payment"]));
        }

        var status = authorization.Outcome == PaymentOutcome.Authorized ? PaymentStatus.Authorized : PaymentStatus.RequiresAction;
        db.Payments.Add(new Payment(order.Id, payments.Name, request.PaymentMethod, authorization.AuthorizationId!, order.Total, status, now));
        if (status == PaymentStatus.Authorized)
        {
            order.Apply(OrderTransition.AuthorizePayment, new TransitionRequest(payments.Name, now));
        }

        // 4. Cart closed, events to the outbox, one commit.
        cart.Complete(order.Id, now);
        OrderOutbox.Enqueue(db, order, now);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception exception)
        {
            LogCommitFailed(logger, order.Number, exception);
            await VoidQuietlyAsync(payments, authorization.AuthorizationId!, key);
            throw;
        }

        outboxSignal.Notify();
        return new PlaceOrderResult(order, accessToken, status, Replayed: false, []);
    }

    private static async Task<PaymentResult> AuthorizeAsync(IPaymentProvider payments, AuthorizeRequest request, CancellationToken ct)
    {
        var result = await payments.AuthorizeAsync(request, ct);
        for (var attempt = 2; result.IsTransient && attempt <= PaymentAttempts; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), ct);
            result = await payments.AuthorizeAsync(request, ct);
        }

        return result;
    }

    private async Task VoidQuietlyAsync(IPaymentProvider payments, string authorizationId, string key)
    {
        try
        {
            await payments.VoidAsync(new VoidRequest(authorizationId, key), CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogVoidFailed(logger, authorizationId, exception);
        }
    }

    /// <summary>
    /// The order an earlier call with this key placed, with its access token when the seal opens with this
    /// request's cart token, or an error if the key was used for another cart.
    /// </summary>
    private async Task<PlaceOrderResult?> ReplayAsync(PlaceOrderRequest request, string key, Guid? cartId, CancellationToken ct)
    {
        var existing = await db.Orders.AsNoTracking()
            .Include(o => o.Lines)
            .Include(o => o.Events)
            .SingleOrDefaultAsync(o => o.IdempotencyKey == key, ct);
        if (existing is null)
        {
            return null;
        }

        if (existing.CartId != cartId)
        {
            return PlaceOrderResult.Failed(new CheckoutError(
                CheckoutErrorCode.IdempotencyKeyReused, "This idempotency key was used for another cart.", ["idempotencyKey"]));
        }

        var status = await db.Payments.AsNoTracking().Where(p => p.OrderId == existing.Id).Select(p => (PaymentStatus?)p.Status).FirstOrDefaultAsync(ct);
        var accessToken = existing.AccessTokenSeal is { } seal ? AccessTokenSeal.Open(seal, request.CartToken, key) : null;
        return new PlaceOrderResult(existing, accessToken, status, Replayed: true, []);
    }

    /// <summary>PAYMENT_METHOD_UNAVAILABLE, naming the methods the cart may use instead, when the rules refuse this one.</summary>
    private CheckoutError? Unavailable(PaymentMethod method, Cart cart, CartTotals totals)
    {
        var availability = PaymentMethodAvailability.For(cart, totals);
        return method.WhyNotFor(availability) is { } reason
            ? new CheckoutError(CheckoutErrorCode.PaymentMethodUnavailable, reason, ["payment", "method"], SupportedPaymentMethods: [.. catalog.AvailableFor(availability).Select(m => m.Code)])
            : null;
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length > 40 ? text[..40] + "…" : text;

    private static CheckoutError? Readiness(Cart cart, CartTotals totals)
    {
        if (totals.MissingVariantIds.Count > 0)
        {
            return new CheckoutError(CheckoutErrorCode.VariantNotFound, "A line refers to a variant that no longer exists; remove it from the cart.", ["cartId"], VariantId: totals.MissingVariantIds[0]);
        }

        if (totals.Lines.Count == 0)
        {
            return new CheckoutError(CheckoutErrorCode.CartEmpty, "The cart has no lines.", ["cartId"]);
        }

        if (cart.Email is null)
        {
            return new CheckoutError(CheckoutErrorCode.EmailRequired, "Set an email address first.", ["email"]);
        }

        if (totals.RequiresShipping && cart.ShippingAddress is null)
        {
            return new CheckoutError(CheckoutErrorCode.InvalidAddress, "Physical goods need a shipping address.", ["shippingAddress"], Field: "shippingAddress");
        }

        return totals.RequiresShipping && totals.ShippingMethod is null
            ? new CheckoutError(CheckoutErrorCode.ShippingMethodUnavailable, "Choose a shipping method offered for the address.", ["shippingMethodCode"])
            : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Committing order {OrderNumber} failed; voiding its authorization")]
    private static partial void LogCommitFailed(ILogger logger, string orderNumber, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Voiding authorization {AuthorizationId} failed; void it by hand")]
    private static partial void LogVoidFailed(ILogger logger, string authorizationId, Exception exception);
}

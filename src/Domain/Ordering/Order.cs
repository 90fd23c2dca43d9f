using Headless.Domain.Checkout;
using Headless.Domain.Common;
using Headless.Domain.Ordering.Events;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Ordering;

/// <summary>
/// A placed order: a frozen copy of the cart (prices included), its state, and its history. The id is
/// random (not time-ordered) so it cannot be guessed from another; guests prove access with a secret
/// token of which only the hash is kept. Every state change goes through <see cref="OrderStateMachine"/>
/// and is recorded as an <see cref="OrderEvent"/>.
/// </summary>
public sealed class Order : AggregateRoot
{
    public const string SystemActor = "system";
    public const int MaxIdempotencyKeyLength = 100;
    public const int MaxTrackingNumberLength = 64;
    public const int MaxAccessTokenSealLength = 128;

    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderEvent> _events = [];

    private Order(Guid id, string number, Guid cartId, string idempotencyKey, string accessTokenHash, string email, DateTimeOffset placedAt)
        : base(id)
    {
        Number = number;
        CartId = cartId;
        IdempotencyKey = idempotencyKey;
        AccessTokenHash = accessTokenHash;
        Email = email;
        PlacedAt = placedAt.ToUniversalTime();
        UpdatedAt = PlacedAt;
        Subtotal = null!;
        ShippingTotal = null!;
        DiscountTotal = null!;
        Total = null!;
    }

    // For EF Core materialization.
    private Order()
    {
        Number = null!;
        IdempotencyKey = null!;
        AccessTokenHash = null!;
        Email = null!;
        Subtotal = null!;
        ShippingTotal = null!;
        DiscountTotal = null!;
        Total = null!;
    }

    public string Number { get; private set; }

    public Guid CartId { get; private set; }

    public string IdempotencyKey { get; private set; }

    public string AccessTokenHash { get; private set; }

    /// <summary>
    /// The access token, encrypted under a key that only the shopper's cart token can derive (see
    /// <see cref="SealAccessToken"/>); null for orders placed before tokens were sealed.
    /// </summary>
    public string? AccessTokenSeal { get; private set; }

    public string Email { get; private set; }

    public Address? ShippingAddress { get; private set; }

    public Address? BillingAddress { get; private set; }

    public string? ShippingMethodCode { get; private set; }

    public string? ShippingMethodName { get; private set; }

    public Money Subtotal { get; private set; }

    public Money ShippingTotal { get; private set; }

    public Money DiscountTotal { get; private set; }

    public Money Total { get; private set; }

    public string Currency => Total.Currency;

    public bool RequiresShipping { get; private set; }

    public OrderState State { get; private set; }

    public string? TrackingNumber { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The sequence number of the newest event.</summary>
    public int LastSequence { get; private set; }

    /// <summary>While true, nothing moves the order forward (see <see cref="OrderStateMachine.BlockedWhileOnHold"/>).</summary>
    public bool OnHold { get; private set; }

    /// <summary>Why the order is on hold; for staff only, never shown to the shopper.</summary>
    public string? HoldReason { get; private set; }

    public DateTimeOffset? HeldAt { get; private set; }

    /// <summary>Who put the order on hold (a staff member, an API key, the risk screen).</summary>
    public string? HeldBy { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines.AsReadOnly();

    public IReadOnlyList<OrderEvent> Events => _events.OrderBy(e => e.Sequence).ToList().AsReadOnly();

    /// <summary>What <see cref="Email"/> reads after <see cref="ErasePersonalData"/>.</summary>
    public const string ErasedEmail = "erased@invalid";

    /// <summary>
    /// Removes the shopper's personal data at their request (right to erasure) and keeps what accounting needs:
    /// lines, prices, totals, state and the addresses' countries (for tax).
    /// </summary>
    public void ErasePersonalData(DateTimeOffset at)
    {
        Email = ErasedEmail;
        ShippingAddress = ShippingAddress is null ? null : new Address(null, null, null, null, null, null, null, ShippingAddress.CountryCode);
        BillingAddress = BillingAddress is null ? null : new Address(null, null, null, null, null, null, null, BillingAddress.CountryCode);
        UpdatedAt = at.ToUniversalTime();
    }

    /// <summary>
    /// Turns a priced cart into an order in state <see cref="OrderState.Placed"/> (event 1). The totals
    /// are copied, not recomputed: they are what the shopper was shown and is charged.
    /// </summary>
    public static Order Place(
        string number,
        Cart cart,
        CartTotals totals,
        string idempotencyKey,
        string accessTokenHash,
        string actor,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(totals);
        if (string.IsNullOrWhiteSpace(number) || number.Length > OrderNumber.MaxLength)
        {
            throw new DomainException(OrderErrorCodes.InvalidNumber, $"'{number}' is not an order number.");
        }

        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxIdempotencyKeyLength)
        {
            throw new DomainException(
                OrderErrorCodes.InvalidIdempotencyKey,
                $"An idempotency key is required (at most {MaxIdempotencyKeyLength} characters).");
        }

        if (totals.MissingVariantIds.Count > 0)
        {
            throw new DomainException(OrderErrorCodes.MissingVariants, "Some cart lines refer to variants that no longer exist.");
        }

        if (totals.Lines.Count == 0)
        {
            throw new DomainException(OrderErrorCodes.EmptyOrder, "An order needs at least one line.");
        }

        var email = cart.Email ?? throw new DomainException(OrderErrorCodes.EmailRequired, "An email address is required to place an order.");
        if (totals.RequiresShipping)
        {
            if (cart.ShippingAddress is null)
            {
                throw new DomainException(OrderErrorCodes.ShippingAddressRequired, "Physical goods need a shipping address.");
            }

            if (totals.ShippingMethod is null)
            {
                throw new DomainException(OrderErrorCodes.ShippingMethodRequired, "Physical goods need a shipping method offered for the address.");
            }
        }

        var order = new Order(Guid.NewGuid(), number, cart.Id, idempotencyKey.Trim(), accessTokenHash, email, at)
        {
            ShippingAddress = totals.RequiresShipping ? cart.ShippingAddress : null,
            BillingAddress = cart.BillingAddress ?? cart.ShippingAddress,
            ShippingMethodCode = totals.ShippingMethod?.Code,
            ShippingMethodName = totals.ShippingMethod?.Name,
            Subtotal = totals.Subtotal,
            ShippingTotal = totals.Shipping,
            DiscountTotal = totals.Discount,
            Total = totals.Total,
            RequiresShipping = totals.RequiresShipping,
            State = OrderState.Placed,
        };

        foreach (var line in totals.Lines)
        {
            var v = line.Variant;
            order._lines.Add(new OrderLine(order.Id, v.VariantId, v.ProductId, v.Sku, v.ProductName, v.VariantTitle, v.UnitPrice, line.Quantity, v.RequiresShipping, v.TracksInventory, v.Kind, cart.Lines.FirstOrDefault(l => l.Id == line.LineId)?.Recipient));
        }

        order.Record(null, null, OrderState.Placed, new TransitionRequest(actor, at));
        return order;
    }

    /// <summary>Why <paramref name="transition"/> cannot happen now, or null if it can.</summary>
    public string? WhyNot(OrderTransition transition, TransitionRequest request) =>
        OrderStateMachine.Decide(this, transition, request).Reason;

    /// <summary>Moves the order along the state machine and records the event; refused transitions throw.</summary>
    public OrderEvent Apply(OrderTransition transition, TransitionRequest request)
    {
        var decision = OrderStateMachine.Decide(this, transition, request);
        if (!decision.IsAllowed)
        {
            throw new DomainException(OrderErrorCodes.TransitionNotAllowed, decision.Reason!);
        }

        if (transition == OrderTransition.Ship)
        {
            var tracking = request.TrackingNumber!.Trim();
            TrackingNumber = tracking.Length <= MaxTrackingNumberLength
                ? tracking
                : throw new DomainException(OrderErrorCodes.TransitionNotAllowed, $"A tracking number has at most {MaxTrackingNumberLength} characters.");
        }

        var from = State;
        State = decision.To!.Value;
        UpdatedAt = request.At.ToUniversalTime();
        return Record(transition, from, State, request);
    }

    /// <summary>
    /// Keeps the access token sealed so that a repeat of the call that placed the order (same cart, same
    /// idempotency key) can return it again: a client whose first answer was lost must not be left without it.
    /// Only the hash is used to grant access; the seal is opaque here and set once.
    /// </summary>
    public void SealAccessToken(string seal)
    {
        if (AccessTokenSeal is not null)
        {
            throw new DomainException(OrderErrorCodes.InvalidAccessTokenSeal, "The access token is already sealed.");
        }

        AccessTokenSeal = !string.IsNullOrWhiteSpace(seal) && seal.Length <= MaxAccessTokenSealLength
            ? seal
            : throw new DomainException(OrderErrorCodes.InvalidAccessTokenSeal, $"A sealed access token has 1 to {MaxAccessTokenSealLength} characters.");
    }

    /// <summary>Records what the fulfilment provider confirmed for a line that is not shipped (a top-up, a code).</summary>
    public void RecordLineFulfilled(Guid lineId, string reference, DateTimeOffset at) =>
        FindLine(lineId).MarkFulfilled(reference, at);

    /// <summary>Records why a line that is not shipped could not be delivered.</summary>
    public void RecordLineFailed(Guid lineId, string reason) =>
        FindLine(lineId).MarkFailed(reason);

    private OrderLine FindLine(Guid lineId) =>
        _lines.FirstOrDefault(l => l.Id == lineId) ?? throw new DomainException(OrderErrorCodes.LineNotFound, "The order has no such line.");

    /// <summary>
    /// Stops the order where it is (fraud review, a customer's call): the pipeline leaves it alone and the forward
    /// transitions are refused until <see cref="Release"/>. Only orders that have not left the building can be held.
    /// The hold is no state of its own: the order keeps its status, and the shopper sees nothing.
    /// </summary>
    public void PutOnHold(string reason, string actor, DateTimeOffset at)
    {
        if (OnHold)
        {
            throw new DomainException(OrderErrorCodes.AlreadyOnHold, "The order is already on hold.");
        }

        if (!OrderStateMachine.Holdable.Contains(State))
        {
            throw new DomainException(OrderErrorCodes.NotHoldable, $"An order that is {State} cannot be put on hold.");
        }

        HoldReason = Guard.Text(reason, MaxHoldReasonLength, OrderErrorCodes.InvalidHoldReason, "A reason");
        HeldBy = Guard.Text(actor, OrderEvent.MaxActorLength, OrderErrorCodes.InvalidActor, "An actor");
        HeldAt = at.ToUniversalTime();
        OnHold = true;
        UpdatedAt = HeldAt.Value;
    }

    /// <summary>Lets the order go on from where it was held.</summary>
    public void Release(DateTimeOffset at)
    {
        if (!OnHold)
        {
            throw new DomainException(OrderErrorCodes.NotOnHold, "The order is not on hold.");
        }

        OnHold = false;
        HoldReason = null;
        HeldAt = null;
        HeldBy = null;
        UpdatedAt = at.ToUniversalTime();
    }

    public const int MaxHoldReasonLength = 500;

    /// <summary>Shipping needs a tracking number; intent-named shortcut for <see cref="Apply"/>.</summary>
    public OrderEvent Ship(string trackingNumber, string actor, DateTimeOffset at) =>
        Apply(OrderTransition.Ship, new TransitionRequest(actor, at, trackingNumber));

    private OrderEvent Record(OrderTransition? transition, OrderState? from, OrderState to, TransitionRequest request)
    {
        var note = transition == OrderTransition.Ship ? $"Tracking number {TrackingNumber}. {request.Note}".Trim() : request.Note;
        var recorded = new OrderEvent(Id, LastSequence + 1, request.At, request.Actor, transition, from, to, note);
        _events.Add(recorded);
        LastSequence = recorded.Sequence;
        AddDomainEvent(new OrderStatusChanged(Id, Number, recorded));
        return recorded;
    }
}

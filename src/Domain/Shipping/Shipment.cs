using Headless.Domain.SeedWork;

namespace Headless.Domain.Shipping;

/// <summary>
/// One parcel of an order, sent from one stock location: what is in it, the carrier's booking (tracking number,
/// tracking and label URLs) and what the carrier reported since. An order may have several.
/// </summary>
public sealed class Shipment : AggregateRoot
{
    public const int MaxCarrierLength = 32;
    public const int MaxTrackingNumberLength = 64;
    public const int MaxUrlLength = 500;

    private readonly List<ShipmentLine> _lines = [];
    private readonly List<ShipmentEvent> _events = [];

    public Shipment(Guid orderId, int number, Guid locationId, IEnumerable<ShipmentLine> lines, DateTimeOffset at)
        : base(Guid.CreateVersion7())
    {
        OrderId = orderId;
        Number = number;
        LocationId = locationId;
        _lines.AddRange(lines);
        if (_lines.Count == 0 || _lines.Any(l => l.Quantity <= 0))
        {
            throw new DomainException(ShippingErrorCodes.EmptyShipment, "A shipment holds at least one unit of each of its lines.");
        }

        Status = ShipmentStatus.Planned;
        CreatedAt = at.ToUniversalTime();
        UpdatedAt = CreatedAt;
        _events.Add(new ShipmentEvent(ShipmentStatus.Planned, CreatedAt, null));
    }

    // For EF Core materialization.
    private Shipment()
    {
    }

    public Guid OrderId { get; private set; }

    /// <summary>1, 2, … within the order.</summary>
    public int Number { get; private set; }

    public Guid LocationId { get; private set; }

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public string? TrackingUrl { get; private set; }

    public string? LabelUrl { get; private set; }

    public ShipmentStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<ShipmentLine> Lines => _lines.AsReadOnly();

    public IReadOnlyList<ShipmentEvent> Events => _events.AsReadOnly();

    public bool IsBooked => TrackingNumber is not null;

    /// <summary>Records the carrier's booking; a second booking of the same parcel is refused.</summary>
    public void Book(string carrier, string trackingNumber, string trackingUrl, string labelUrl, DateTimeOffset at)
    {
        if (IsBooked)
        {
            throw new DomainException(ShippingErrorCodes.InvalidBooking, "The shipment is already booked.");
        }

        Carrier = Guard.Text(carrier, MaxCarrierLength, ShippingErrorCodes.InvalidBooking, "A carrier");
        TrackingNumber = Guard.Text(trackingNumber, MaxTrackingNumberLength, ShippingErrorCodes.InvalidBooking, "A tracking number");
        TrackingUrl = Guard.Text(trackingUrl, MaxUrlLength, ShippingErrorCodes.InvalidBooking, "A tracking URL");
        LabelUrl = Guard.Text(labelUrl, MaxUrlLength, ShippingErrorCodes.InvalidBooking, "A label URL");
        Move(ShipmentStatus.LabelCreated, at, $"Booked with {carrier}.");
    }

    /// <summary>
    /// Records a booking made outside any carrier integration (staff typed in what the carrier's counter gave
    /// them): the tracking URL is optional and there is no label.
    /// </summary>
    public void BookByHand(string carrier, string trackingNumber, string? trackingUrl, DateTimeOffset at)
    {
        if (IsBooked)
        {
            throw new DomainException(ShippingErrorCodes.InvalidBooking, "The shipment is already booked.");
        }

        Carrier = Guard.Text(carrier, MaxCarrierLength, ShippingErrorCodes.InvalidBooking, "A carrier");
        TrackingNumber = Guard.Text(trackingNumber, MaxTrackingNumberLength, ShippingErrorCodes.InvalidBooking, "A tracking number");
        TrackingUrl = string.IsNullOrWhiteSpace(trackingUrl) ? null : Guard.Text(trackingUrl, MaxUrlLength, ShippingErrorCodes.InvalidBooking, "A tracking URL");
        Move(ShipmentStatus.LabelCreated, at, $"Booked by hand with {Carrier}.");
    }

    /// <summary>
    /// Staff confirm the parcel arrived (a carrier without tracking reports): from any booked status that is not
    /// delivered yet.
    /// </summary>
    public void ConfirmDelivered(DateTimeOffset at, string? note)
    {
        if (!IsBooked || Status == ShipmentStatus.Delivered)
        {
            throw new DomainException(ShippingErrorCodes.InvalidProgress, $"A shipment that is {Status} cannot be confirmed delivered.");
        }

        Move(ShipmentStatus.Delivered, at, note);
    }

    /// <summary>
    /// Whether the carrier may report <paramref name="status"/> now: only forward, and a failed delivery may be tried
    /// again; a parcel not delivered may be refused, and a refused or undelivered one comes back to the sender.
    /// </summary>
    public bool CanAdvanceTo(ShipmentStatus status) => (Status, status) switch
    {
        (ShipmentStatus.LabelCreated, ShipmentStatus.InTransit) => true,
        (ShipmentStatus.LabelCreated or ShipmentStatus.InTransit, ShipmentStatus.OutForDelivery) => true,
        (ShipmentStatus.InTransit or ShipmentStatus.OutForDelivery or ShipmentStatus.DeliveryFailed, ShipmentStatus.Delivered) => true,
        (ShipmentStatus.OutForDelivery or ShipmentStatus.InTransit, ShipmentStatus.DeliveryFailed) => true,
        (ShipmentStatus.DeliveryFailed, ShipmentStatus.OutForDelivery) => true,
        (ShipmentStatus.InTransit or ShipmentStatus.OutForDelivery or ShipmentStatus.DeliveryFailed, ShipmentStatus.Refused) => true,
        (ShipmentStatus.InTransit or ShipmentStatus.OutForDelivery or ShipmentStatus.DeliveryFailed or ShipmentStatus.Refused, ShipmentStatus.ReturnedToSender) => true,
        _ => false,
    };

    public void Advance(ShipmentStatus status, DateTimeOffset at, string? note)
    {
        if (!CanAdvanceTo(status))
        {
            throw new DomainException(ShippingErrorCodes.InvalidProgress, $"A shipment that is {Status} cannot become {status}.");
        }

        Move(status, at, note);
    }

    private void Move(ShipmentStatus status, DateTimeOffset at, string? note)
    {
        Status = status;
        UpdatedAt = at.ToUniversalTime();
        _events.Add(new ShipmentEvent(status, UpdatedAt, note));
    }
}

using Headless.Domain.Ordering;
using Headless.Domain.Shipping;

namespace Headless.Infrastructure.Ordering.Admin;

/// <summary>The codes staff actions on orders are refused with, as the admin API reports them.</summary>
public static class OrderActionErrors
{
    public const string NotFound = "NOT_FOUND";
    public const string InvalidIdempotencyKey = "INVALID_IDEMPOTENCY_KEY";
    public const string AlreadyOnHold = "ORDER_ALREADY_ON_HOLD";
    public const string NotOnHold = "ORDER_NOT_ON_HOLD";
    public const string NotHoldable = "ORDER_NOT_HOLDABLE";
    public const string OnHold = "ORDER_ON_HOLD";
    public const string TransitionNotAllowed = "TRANSITION_NOT_ALLOWED";
    public const string InvalidInput = "INVALID_INPUT";
    public const string LineNotFound = "LINE_NOT_FOUND";
    public const string QuantityExceedsUnshipped = "QUANTITY_EXCEEDS_UNSHIPPED";
    public const string StockNotAllocated = "STOCK_NOT_ALLOCATED";
    public const string LocationNotShipping = "LOCATION_NOT_SHIPPING";
    public const string TrackingNumberTaken = "TRACKING_NUMBER_TAKEN";
    public const string Busy = "ORDER_BUSY";

    /// <summary>The API code of a domain refusal.</summary>
    public static string For(string domainCode) => domainCode switch
    {
        OrderErrorCodes.AlreadyOnHold => AlreadyOnHold,
        OrderErrorCodes.NotOnHold => NotOnHold,
        OrderErrorCodes.NotHoldable => NotHoldable,
        OrderErrorCodes.OnHold => OnHold,
        OrderErrorCodes.TransitionNotAllowed => TransitionNotAllowed,
        OrderErrorCodes.LineNotFound => LineNotFound,
        _ => InvalidInput,
    };

    /// <summary>The input field a domain refusal is about, when there is one.</summary>
    public static string? FieldFor(string domainCode) => domainCode switch
    {
        OrderErrorCodes.InvalidHoldReason => "reason",
        OrderErrorCodes.InvalidNote => "text",
        ShippingErrorCodes.InvalidBooking => "trackingNumber",
        ShippingErrorCodes.EmptyShipment => "lines",
        _ => null,
    };
}

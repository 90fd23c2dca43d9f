namespace Headless.Domain.Shipping;

public static class ShippingErrorCodes
{
    public const string EmptyShipment = "shipping.empty_shipment";
    public const string InvalidBooking = "shipping.invalid_booking";
    public const string InvalidProgress = "shipping.invalid_progress";
}

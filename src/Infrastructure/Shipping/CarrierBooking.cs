namespace Headless.Infrastructure.Shipping;

public sealed record CarrierBooking(string TrackingNumber, string TrackingUrl, string LabelUrl);

namespace Headless.Infrastructure.Shipping;

/// <summary>
/// The body of a sandbox tracking webhook:
/// <c>{"id":"trk_1","trackingNumber":"SBX…","status":"IN_TRANSIT","note":"Left the depot"}</c>.
/// Statuses: IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, DELIVERY_FAILED, REFUSED, RETURNED_TO_SENDER.
/// </summary>
public sealed record TrackingWebhookEvent(string Id, string TrackingNumber, string Status, string? Note = null);

using System.Security.Cryptography;
using Headless.Infrastructure.Sandbox;

namespace Headless.Infrastructure.Shipping;

/// <summary>
/// The built-in carrier: books a parcel with a tracking number (<c>SBX…</c>), a tracking URL and a label URL,
/// recorded in the <see cref="SandboxLedger"/> so a repeat of a key is the same parcel, across restarts.
/// </summary>
public sealed class SandboxCarrier(SandboxLedger ledger, CarrierSandboxOptions options) : ICarrier
{
    public const string CarrierName = "sandbox";
    public const string BookingKind = "carrier.booking";
    public const string TrackingBase = "https://carrier.sandbox.invalid/track/";
    public const string LabelBase = "https://carrier.sandbox.invalid/labels/";

    public string Name => CarrierName;

    public async Task<CarrierBooking> BookAsync(BookingRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var effect = await ledger.RecordOnceAsync(
            "carrier:" + request.IdempotencyKey,
            BookingKind,
            request.OrderNumber,
            () => "SBX" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
            ct);

        // Booked, but slow to say so: the window in which a crash leaves a booked parcel and an unfinished step.
        if (options.Delay > TimeSpan.Zero)
        {
            await Task.Delay(options.Delay, ct);
        }

        return For(effect.Reference);
    }

    public static CarrierBooking For(string trackingNumber) =>
        new(trackingNumber, TrackingBase + trackingNumber, LabelBase + trackingNumber + ".pdf");
}

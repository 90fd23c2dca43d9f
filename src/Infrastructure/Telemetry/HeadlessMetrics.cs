using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Headless.Infrastructure.Telemetry;

/// <summary>
/// The commerce instruments of meter <see cref="MeterName"/> in one place, so every area records into the same
/// names the alert rules and dashboard in <c>ops/</c> read. Labels take only values fixed by the code (a cache's
/// name, a failure kind), never identifiers, so the number of series stays bounded.
/// </summary>
public sealed class HeadlessMetrics : IDisposable
{
    public const string MeterName = "Headless";

    private readonly Meter _meter;
    private readonly Counter<long> _cacheRequests;
    private readonly Counter<long> _ordersPlaced;
    private readonly Counter<long> _ordersPaid;
    private readonly Counter<long> _ordersFulfilled;
    private readonly Counter<long> _paymentFailures;
    private readonly Histogram<double> _fulfilmentLatency;
    private readonly Histogram<double> _outboxPublishDelay;
    private readonly Histogram<double> _subscriptionDeliveryLag;
    private double _outboxLagSeconds;
    private long _outboxPending;
    private long _parkedSteps;

    public HeadlessMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _cacheRequests = _meter.CreateCounter<long>(
            "headless.cache.requests", unit: "{request}", description: "Cache lookups by cache and result (hit or miss); hit ratio = hits / all.");
        _ordersPlaced = _meter.CreateCounter<long>("headless.orders.placed", unit: "{order}", description: "Orders placed.");
        _ordersPaid = _meter.CreateCounter<long>("headless.orders.paid", unit: "{order}", description: "Orders whose payment was captured.");
        _ordersFulfilled = _meter.CreateCounter<long>("headless.orders.fulfilled", unit: "{order}", description: "Orders fulfilled (digital delivery or delivered shipment).");
        _paymentFailures = _meter.CreateCounter<long>(
            "headless.payments.failures", unit: "{payment}", description: "Payments that failed, by kind (declined, unavailable, failed).");
        _fulfilmentLatency = _meter.CreateHistogram<double>(
            "headless.orders.fulfilment.duration",
            unit: "s",
            description: "Time from an order's placement to its fulfilment.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 10, 60, 300, 900, 3600, 4 * 3600, 24 * 3600, 3 * 24 * 3600, 7 * 24 * 3600] });
        _outboxPublishDelay = _meter.CreateHistogram<double>(
            "headless.outbox.publish.delay",
            unit: "s",
            description: "Time from an outbox row's commit to its publication on the bus.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300] });
        _subscriptionDeliveryLag = _meter.CreateHistogram<double>(
            "headless.subscription.delivery.lag",
            unit: "s",
            description: "Time from an event's occurrence to its delivery to a live subscriber.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60] });
        _meter.CreateObservableGauge(
            "headless.outbox.lag", () => Volatile.Read(ref _outboxLagSeconds), unit: "s", description: "Age of the oldest unpublished outbox row (0 when none).");
        _meter.CreateObservableGauge(
            "headless.outbox.pending", () => Interlocked.Read(ref _outboxPending), unit: "{message}", description: "Unpublished outbox rows.");
        _meter.CreateObservableGauge(
            "headless.orders.steps.parked", () => Interlocked.Read(ref _parkedSteps), unit: "{step}", description: "Order processing steps parked after repeated failures.");
    }

    /// <summary>One lookup of <paramref name="cache"/> (a name fixed in code, e.g. <c>catalog</c>).</summary>
    public void CacheLookup(string cache, bool hit) =>
        _cacheRequests.Add(1, new TagList { { "cache.name", cache }, { "cache.result", hit ? "hit" : "miss" } });

    public void OrderPlaced() => _ordersPlaced.Add(1);

    public void OrderPaid() => _ordersPaid.Add(1);

    /// <summary>An order reached fulfilment; <paramref name="sincePlaced"/> feeds the fulfilment latency when known.</summary>
    public void OrderFulfilled(TimeSpan? sincePlaced = null)
    {
        _ordersFulfilled.Add(1);
        if (sincePlaced is { } latency)
        {
            _fulfilmentLatency.Record(Math.Max(0, latency.TotalSeconds));
        }
    }

    /// <summary>A payment failed; <paramref name="kind"/> is one of <see cref="PaymentFailureKinds"/>.</summary>
    public void PaymentFailed(string kind) => _paymentFailures.Add(1, new KeyValuePair<string, object?>("payment.failure", kind));

    public void OutboxPublished(TimeSpan delay) => _outboxPublishDelay.Record(Math.Max(0, delay.TotalSeconds));

    public void SubscriptionDelivered(TimeSpan lag) => _subscriptionDeliveryLag.Record(Math.Max(0, lag.TotalSeconds));

    /// <summary>The sampler's latest reading of the outbox table.</summary>
    public void OutboxBacklog(TimeSpan oldestAge, long pending)
    {
        Volatile.Write(ref _outboxLagSeconds, Math.Max(0, oldestAge.TotalSeconds));
        Interlocked.Exchange(ref _outboxPending, pending);
    }

    /// <summary>How many order processing steps are parked now (set by whoever counts them).</summary>
    public void ParkedSteps(long count) => Interlocked.Exchange(ref _parkedSteps, count);

    public void Dispose() => _meter.Dispose();
}

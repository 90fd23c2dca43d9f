using System.Collections.Concurrent;
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

    /// <summary>Caches reported from the start (at zero), so their series exist before the first lookup.</summary>
    public static readonly IReadOnlyList<string> KnownCaches = ["catalog", "catalog-response"];

    private readonly Meter _meter;
    private readonly ConcurrentDictionary<(string Cache, bool Hit), long> _cacheLookups = new();
    private readonly ConcurrentDictionary<string, long> _paymentFailures = new(StringComparer.Ordinal);
    private readonly Histogram<double> _fulfilmentLatency;
    private readonly Histogram<double> _outboxPublishDelay;
    private readonly Histogram<double> _subscriptionDeliveryLag;
    private long _ordersPlaced;
    private long _ordersPaid;
    private long _ordersFulfilled;
    private double _outboxLagSeconds;
    private long _outboxPending;
    private long _parkedSteps;

    /// <summary>
    /// Counters are observable (totals since start, read at each collection) so that every series exists at zero
    /// from the first scrape: an alert on <c>rate()</c> of a series that does not exist yet would never fire.
    /// </summary>
    public HeadlessMetrics(IMeterFactory meters)
    {
        foreach (var cache in KnownCaches)
        {
            _cacheLookups.TryAdd((cache, true), 0);
            _cacheLookups.TryAdd((cache, false), 0);
        }

        foreach (var kind in PaymentFailureKinds.All)
        {
            _paymentFailures.TryAdd(kind, 0);
        }

        _meter = meters.Create(MeterName);
        _meter.CreateObservableCounter(
            "headless.cache.requests",
            () => _cacheLookups.Select(c => new Measurement<long>(c.Value, new KeyValuePair<string, object?>("cache.name", c.Key.Cache), new KeyValuePair<string, object?>("cache.result", c.Key.Hit ? "hit" : "miss"))),
            unit: "{request}",
            description: "Cache lookups by cache and result (hit or miss); hit ratio = hits / all.");
        _meter.CreateObservableCounter("headless.orders.placed", () => Interlocked.Read(ref _ordersPlaced), unit: "{order}", description: "Orders placed.");
        _meter.CreateObservableCounter("headless.orders.paid", () => Interlocked.Read(ref _ordersPaid), unit: "{order}", description: "Orders whose payment was captured.");
        _meter.CreateObservableCounter(
            "headless.orders.fulfilled", () => Interlocked.Read(ref _ordersFulfilled), unit: "{order}", description: "Orders fulfilled (digital delivery or delivered shipment).");
        _meter.CreateObservableCounter(
            "headless.payments.failures",
            () => _paymentFailures.Select(f => new Measurement<long>(f.Value, new KeyValuePair<string, object?>("payment.failure", f.Key))),
            unit: "{payment}",
            description: "Payments that failed, by kind (declined, unavailable, failed).");
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
    public void CacheLookup(string cache, bool hit) => _cacheLookups.AddOrUpdate((cache, hit), 1, static (_, count) => count + 1);

    /// <summary>The lookups of <paramref name="cache"/> so far with that result (diagnostics, tests).</summary>
    public long CacheLookups(string cache, bool hit) => _cacheLookups.GetValueOrDefault((cache, hit));

    public void OrderPlaced() => Interlocked.Increment(ref _ordersPlaced);

    public void OrderPaid() => Interlocked.Increment(ref _ordersPaid);

    /// <summary>An order reached fulfilment; <paramref name="sincePlaced"/> feeds the fulfilment latency when known.</summary>
    public void OrderFulfilled(TimeSpan? sincePlaced = null)
    {
        Interlocked.Increment(ref _ordersFulfilled);
        if (sincePlaced is { } latency)
        {
            _fulfilmentLatency.Record(Math.Max(0, latency.TotalSeconds));
        }
    }

    /// <summary>A payment failed; <paramref name="kind"/> is one of <see cref="PaymentFailureKinds"/>.</summary>
    public void PaymentFailed(string kind) => _paymentFailures.AddOrUpdate(kind, 1, static (_, count) => count + 1);

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

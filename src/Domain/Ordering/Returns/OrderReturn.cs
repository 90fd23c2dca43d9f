using Headless.Domain.SeedWork;

namespace Headless.Domain.Ordering.Returns;

/// <summary>
/// A return (RMA) of delivered units of an order: asked for by the shopper, approved or rejected by staff, and once the
/// parcel is back each line restocked or written off; the refund follows receipt. A line's units come back once:
/// the order's returns that were not rejected count against what was delivered.
/// </summary>
public sealed class OrderReturn : AggregateRoot
{
    public const int MaxReasonLength = 500;
    public const int MaxKeyLength = 100;
    public const int MaxActorLength = 100;

    private readonly List<ReturnLine> _lines = [];

    private OrderReturn(Guid orderId, string reason, string idempotencyKey, string requestedBy, DateTimeOffset at)
    {
        OrderId = orderId;
        Reason = Guard.Text(reason, MaxReasonLength, ReturnErrorCodes.InvalidReturn, "A reason");
        IdempotencyKey = Guard.Text(idempotencyKey, MaxKeyLength, ReturnErrorCodes.InvalidReturn, "An idempotency key");
        RequestedBy = Guard.Text(requestedBy, MaxActorLength, ReturnErrorCodes.InvalidReturn, "Who asks");
        Status = ReturnStatus.Requested;
        CreatedAt = at.ToUniversalTime();
        UpdatedAt = CreatedAt;
    }

    // For EF Core materialization.
    private OrderReturn()
    {
        Reason = null!;
        IdempotencyKey = null!;
        RequestedBy = null!;
    }

    public Guid OrderId { get; private set; }

    public ReturnStatus Status { get; private set; }

    public string Reason { get; private set; }

    public string? RejectionReason { get; private set; }

    public string IdempotencyKey { get; private set; }

    public string RequestedBy { get; private set; }

    /// <summary>The refund made on receipt.</summary>
    public Guid? RefundId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<ReturnLine> Lines => _lines.AsReadOnly();

    /// <summary>Asks to send back delivered units; at most what was delivered and is not in another return.</summary>
    public static OrderReturn Request(
        Order order,
        IReadOnlyCollection<OrderReturn> earlier,
        IReadOnlyList<ReturnLineRequest> lines,
        string reason,
        string idempotencyKey,
        string requestedBy,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(lines);
        if (order.State != OrderState.Delivered)
        {
            throw new DomainException(ReturnErrorCodes.NotDelivered, $"Only delivered orders can be returned; this one is {order.State}.");
        }

        if (lines.Count == 0)
        {
            throw new DomainException(ReturnErrorCodes.InvalidReturn, "A return needs at least one line.");
        }

        var requested = new OrderReturn(order.Id, reason, idempotencyKey, requestedBy, at);
        foreach (var group in lines.GroupBy(l => l.OrderLineId))
        {
            var line = order.Lines.FirstOrDefault(l => l.Id == group.Key)
                ?? throw new DomainException(OrderErrorCodes.LineNotFound, "The order has no such line.");
            if (!line.RequiresShipping)
            {
                throw new DomainException(ReturnErrorCodes.NotReturnable, $"{line.Sku} was not shipped, so it cannot be sent back.");
            }

            var quantity = group.Sum(l => Guard.PositiveQuantity(l.Quantity, ReturnErrorCodes.InvalidReturn));
            var returned = earlier.Where(r => r.Status != ReturnStatus.Rejected).SelectMany(r => r.Lines).Where(l => l.OrderLineId == line.Id).Sum(l => l.Quantity);
            if (quantity > line.Quantity - returned)
            {
                throw new DomainException(
                    ReturnErrorCodes.QuantityExceeded,
                    $"{line.Sku}: {quantity} units asked, {line.Quantity - returned} of {line.Quantity} delivered not yet returned.");
            }

            requested._lines.Add(new ReturnLine(requested.Id, line, quantity));
        }

        return requested;
    }

    public void Approve(DateTimeOffset at) => Move(ReturnStatus.Approved, at, ReturnStatus.Requested);

    public void Reject(string reason, DateTimeOffset at)
    {
        var why = Guard.Text(reason, MaxReasonLength, ReturnErrorCodes.InvalidReturn, "A reason");
        Move(ReturnStatus.Rejected, at, ReturnStatus.Requested, ReturnStatus.Approved);
        RejectionReason = why;
    }

    /// <summary>The parcel is back: every line is restocked or written off, as <paramref name="dispositions"/> says (by order line).</summary>
    public void Receive(IReadOnlyDictionary<Guid, ReturnDisposition> dispositions, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(dispositions);
        if (Status != ReturnStatus.Approved)
        {
            throw new DomainException(ReturnErrorCodes.InvalidStatusChange, $"Only an approved return can be received; this one is {Status}.");
        }

        var unknown = dispositions.Keys.FirstOrDefault(id => _lines.All(l => l.OrderLineId != id));
        if (unknown != Guid.Empty)
        {
            throw new DomainException(OrderErrorCodes.LineNotFound, "The return has no such line.");
        }

        foreach (var line in _lines)
        {
            line.Settle(dispositions.TryGetValue(line.OrderLineId, out var disposition)
                ? disposition
                : throw new DomainException(ReturnErrorCodes.InvalidReturn, $"Say whether {line.Sku} is restocked or written off."));
        }

        Move(ReturnStatus.Received, at, ReturnStatus.Approved);
    }

    public void AttachRefund(Guid refundId) => RefundId ??= refundId;

    private void Move(ReturnStatus to, DateTimeOffset at, params ReturnStatus[] from)
    {
        if (!from.Contains(Status))
        {
            throw new DomainException(ReturnErrorCodes.InvalidStatusChange, $"A return that is {Status} cannot become {to}.");
        }

        Status = to;
        UpdatedAt = at.ToUniversalTime();
    }
}

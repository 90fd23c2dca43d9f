using Headless.Domain.SeedWork;

namespace Headless.Domain.Inventory;

/// <summary>
/// One row of the stock ledger: a change of on-hand stock at one (variant, location), with who, why and what it
/// refers to. Rows are only ever added. For every level, on hand equals the sum of its rows' <see cref="Delta"/>;
/// <see cref="OnHandAfter"/> is the level right after this change, read under the row's write lock.
/// </summary>
public sealed class StockMovement
{
    public const int MaxNoteLength = 500;
    public const int MaxReferenceLength = 200;
    public const int MaxActorIdLength = 64;
    public const int MaxIdempotencyKeyLength = 200;

    public StockMovement(
        Guid variantId, Guid locationId, int delta, int onHandAfter, StockMovementReason reason, StockMovementActor actor,
        DateTimeOffset occurredAt, Guid operationId, string? note = null, string? reference = null, string? idempotencyKey = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        VariantId = Guard.Id(variantId, InventoryErrorCodes.VariantRequired, "A variant");
        LocationId = Guard.Id(locationId, InventoryErrorCodes.LocationRequired, "A stock location");
        if (delta == 0)
        {
            throw new DomainException(InventoryErrorCodes.InvalidQuantity, "A stock movement changes the quantity.");
        }

        if (onHandAfter < 0 || onHandAfter - delta < 0)
        {
            throw new DomainException(InventoryErrorCodes.InvalidQuantity, $"On-hand stock cannot be negative (after {onHandAfter}, change {delta}).");
        }

        Delta = delta;
        OnHandAfter = onHandAfter;
        Reason = reason;
        ActorKind = actor.Kind;
        ActorId = actor.Id;
        OccurredAt = occurredAt.ToUniversalTime();
        OperationId = operationId;
        Note = Optional(note, MaxNoteLength, InventoryErrorCodes.InvalidNote, "A note");
        Reference = Optional(reference, MaxReferenceLength, InventoryErrorCodes.InvalidReference, "A reference");
        IdempotencyKey = Optional(idempotencyKey, MaxIdempotencyKeyLength, InventoryErrorCodes.InvalidIdempotencyKey, "An idempotency key");
    }

    // For EF Core materialization.
    private StockMovement()
    {
        ActorKind = null!;
    }

    /// <summary>Grows with insertion; the keyset of the admin listing.</summary>
    public long Id { get; private set; }

    public Guid VariantId { get; private set; }

    public Guid LocationId { get; private set; }

    /// <summary>Units added (positive) or taken (negative).</summary>
    public int Delta { get; private set; }

    public int OnHandAfter { get; private set; }

    public int OnHandBefore => OnHandAfter - Delta;

    public StockMovementReason Reason { get; private set; }

    public string ActorKind { get; private set; }

    public string? ActorId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>Shared by the rows one operation wrote (both legs of a transfer).</summary>
    public Guid OperationId { get; private set; }

    public string? Note { get; private set; }

    /// <summary>What the movement belongs to, e.g. <c>order:…</c> or <c>shipment:…</c>.</summary>
    public string? Reference { get; private set; }

    /// <summary>The caller's key for the operation, on its first row only; unique, so a repeat finds the original.</summary>
    public string? IdempotencyKey { get; private set; }

    private static string? Optional(string? value, int max, string code, string what) =>
        string.IsNullOrWhiteSpace(value) ? null : Guard.Text(value, max, code, what);
}

namespace Headless.Domain.Inventory;

/// <summary>Why on-hand stock changed; one value per kind of write, so the ledger can be read by cause.</summary>
public enum StockMovementReason
{
    /// <summary>The quantity a level started with when it was first loaded (seed data, an import).</summary>
    OpeningBalance,

    /// <summary>Goods arrived from a supplier.</summary>
    Received,

    /// <summary>A counted correction (stocktake).</summary>
    Stocktake,

    /// <summary>Units found damaged and written off.</summary>
    Damaged,

    /// <summary>Units lost or stolen.</summary>
    Lost,

    /// <summary>Units found that were not counted before.</summary>
    Found,

    /// <summary>Any other correction; the note says what.</summary>
    Correction,

    /// <summary>Units leaving this location for another one.</summary>
    TransferOut,

    /// <summary>Units arriving from another location.</summary>
    TransferIn,

    /// <summary>Units shipped to a customer (allocated units leave the building).</summary>
    Shipped,

    /// <summary>A returned item put back on the shelf.</summary>
    Returned,
}

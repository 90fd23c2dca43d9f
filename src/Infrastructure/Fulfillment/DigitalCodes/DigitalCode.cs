namespace Headless.Infrastructure.Fulfillment.DigitalCodes;

/// <summary>
/// One gift-card code or voucher: loaded into a SKU's pool, or generated for the line that needed it. The code is
/// stored encrypted (<see cref="ProtectedCode"/>); <see cref="CodeIndex"/> is a keyed hash that keeps a pool free of
/// duplicates without the code in the clear. A code belongs to at most one unit of one order line, and
/// (line, unit) holds at most one code: both are unique, so a code is never issued twice, however runs race.
/// </summary>
public sealed class DigitalCode
{
    public const int MaxSkuLength = 64;
    public const int MaxCodeLength = 128;

    public DigitalCode(string sku, string protectedCode, string codeIndex, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(sku);
        ArgumentException.ThrowIfNullOrEmpty(protectedCode);
        ArgumentException.ThrowIfNullOrEmpty(codeIndex);
        Id = Guid.CreateVersion7();
        Sku = sku;
        ProtectedCode = protectedCode;
        CodeIndex = codeIndex;
        CreatedAt = createdAt.ToUniversalTime();
    }

    // For EF Core materialization.
    private DigitalCode()
    {
        Sku = null!;
        ProtectedCode = null!;
        CodeIndex = null!;
    }

    public Guid Id { get; private set; }

    public string Sku { get; private set; }

    /// <summary>The code, encrypted with the Data Protection key ring.</summary>
    public string ProtectedCode { get; private set; }

    /// <summary>HMAC-SHA256 (hex) of SKU and code with the blind-index key.</summary>
    public string CodeIndex { get; private set; }

    /// <summary>True for a code made up for its line (the SKU has no pool); false for a pool code.</summary>
    public bool Generated { get; private set; }

    public Guid? OrderLineId { get; private set; }

    /// <summary>Which unit of the line (0-based) the code is for.</summary>
    public int? Unit { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    /// <summary>A generated code, issued at once to a line's unit.</summary>
    public static DigitalCode GeneratedFor(string sku, string protectedCode, string codeIndex, Guid orderLineId, int unit, DateTimeOffset now) =>
        new(sku, protectedCode, codeIndex, now) { Generated = true, OrderLineId = orderLineId, Unit = unit, IssuedAt = now.ToUniversalTime() };
}

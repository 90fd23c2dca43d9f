using Headless.Domain.SeedWork;

namespace Headless.Domain.Checkout;

/// <summary>
/// A shopper's basket on the way to becoming an order. Identified from outside only by a secret token
/// (kept as <see cref="TokenHash"/>). Holds no prices: totals are computed from the catalog each time.
/// Once <see cref="Complete"/>d it never changes again.
/// </summary>
public sealed class Cart : AggregateRoot
{
    public const int MinQuantity = 1;
    public const int MaxQuantity = 99;
    public const int MaxLines = 100;
    public const int MaxEmailLength = 254;

    private readonly List<CartLine> _lines = [];

    public Cart(string tokenHash, DateTimeOffset createdAt)
    {
        TokenHash = !string.IsNullOrWhiteSpace(tokenHash) && tokenHash.Length == 64
            ? tokenHash
            : throw new DomainException(CheckoutErrorCodes.InvalidToken, "A cart needs the SHA-256 hash of its token.");
        CreatedAt = createdAt.ToUniversalTime();
        UpdatedAt = CreatedAt;
    }

    // For EF Core materialization.
    private Cart()
    {
        TokenHash = null!;
    }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string? Email { get; private set; }

    public Address? ShippingAddress { get; private set; }

    public Address? BillingAddress { get; private set; }

    public string? ShippingMethodCode { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public Guid? OrderId { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    public IReadOnlyList<CartLine> Lines => _lines.AsReadOnly();

    /// <summary>
    /// Adds units of a variant; a variant already in the cart gets its quantity raised instead. A service's
    /// <paramref name="recipient"/> (phone or account number, validated by the caller) is one per variant per cart.
    /// </summary>
    public CartLine AddLine(Guid variantId, int quantity, DateTimeOffset at, string? recipient = null)
    {
        EnsureOpen();
        ValidQuantity(quantity);
        if (recipient is { Length: 0 or > CartLine.MaxRecipientLength })
        {
            throw new DomainException(CheckoutErrorCodes.InvalidRecipient, $"A recipient has 1 to {CartLine.MaxRecipientLength} characters.");
        }

        var existing = _lines.FirstOrDefault(l => l.VariantId == variantId);
        if (existing is not null && existing.Recipient != recipient)
        {
            throw new DomainException(CheckoutErrorCodes.InvalidRecipient, "This service is already in the cart for another recipient; remove that line first.");
        }

        if (existing is not null)
        {
            existing.ChangeQuantity(existing.Quantity + quantity);
            Touch(at);
            return existing;
        }

        if (_lines.Count >= MaxLines)
        {
            throw new DomainException(CheckoutErrorCodes.TooManyLines, $"A cart holds at most {MaxLines} lines.");
        }

        var line = new CartLine(Id, variantId, quantity, recipient);
        _lines.Add(line);
        Touch(at);
        return line;
    }

    public void UpdateLine(Guid lineId, int quantity, DateTimeOffset at)
    {
        EnsureOpen();
        FindLine(lineId).ChangeQuantity(quantity);
        Touch(at);
    }

    public void RemoveLine(Guid lineId, DateTimeOffset at)
    {
        EnsureOpen();
        _lines.Remove(FindLine(lineId));
        Touch(at);
    }

    public void SetEmail(string email, DateTimeOffset at)
    {
        EnsureOpen();
        Email = ValidEmail(email);
        Touch(at);
    }

    /// <summary>Sets where the parcel goes; an incomplete address is refused (see <see cref="AddressRules"/>).</summary>
    public void SetShippingAddress(Address address, DateTimeOffset at)
    {
        EnsureOpen();
        ShippingAddress = Valid(address);
        Touch(at);
    }

    public void SetBillingAddress(Address address, DateTimeOffset at)
    {
        EnsureOpen();
        BillingAddress = Valid(address);
        Touch(at);
    }

    /// <summary>Records the chosen method; whether it is offered for the address is checked by the caller, who knows the rates.</summary>
    public void SetShippingMethod(string code, DateTimeOffset at)
    {
        EnsureOpen();
        ShippingMethodCode = Guard.Text(code, 32, CheckoutErrorCodes.InvalidAddress, "A shipping method").ToUpperInvariant();
        Touch(at);
    }

    public void ClearShippingMethod(DateTimeOffset at)
    {
        EnsureOpen();
        ShippingMethodCode = null;
        Touch(at);
    }

    /// <summary>The cart became <paramref name="orderId"/>; from now on it is read-only.</summary>
    public void Complete(Guid orderId, DateTimeOffset at)
    {
        EnsureOpen();
        OrderId = Guard.Id(orderId, CheckoutErrorCodes.CartCompleted, "An order");
        CompletedAt = at.ToUniversalTime();
        UpdatedAt = CompletedAt.Value;
    }

    internal static int ValidQuantity(int quantity) =>
        quantity is >= MinQuantity and <= MaxQuantity
            ? quantity
            : throw new DomainException(
                CheckoutErrorCodes.QuantityOutOfRange,
                $"Quantity must be between {MinQuantity} and {MaxQuantity}, was {quantity}.");

    private static string ValidEmail(string email)
    {
        var trimmed = email?.Trim() ?? string.Empty;
        var at = trimmed.LastIndexOf('@');
        var valid = trimmed.Length <= MaxEmailLength
            && at > 0
            && at < trimmed.Length - 1
            && trimmed.IndexOf('.', at) > at + 1
            && !trimmed.EndsWith('.')
            && !trimmed.Any(char.IsWhiteSpace);
        return valid
            ? trimmed
            : throw new DomainException(CheckoutErrorCodes.InvalidEmail, $"'{email}' is not an email address.");
    }

    private static Address Valid(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var problems = AddressRules.Validate(address);
        return problems.Count == 0
            ? address
            : throw new DomainException(CheckoutErrorCodes.InvalidAddress, $"{problems[0].Field}: {problems[0].Message}");
    }

    private CartLine FindLine(Guid lineId) =>
        _lines.FirstOrDefault(l => l.Id == lineId)
        ?? throw new DomainException(CheckoutErrorCodes.LineNotFound, $"The cart has no line {lineId}.");

    private void EnsureOpen()
    {
        if (IsCompleted)
        {
            throw new DomainException(CheckoutErrorCodes.CartCompleted, "The cart was turned into an order and can no longer change.");
        }
    }

    private void Touch(DateTimeOffset at) => UpdatedAt = at.ToUniversalTime();
}

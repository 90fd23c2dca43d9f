using Headless.Domain.SeedWork;

namespace Headless.Domain.Inventory;

/// <summary>A place stock is kept, such as a warehouse; <see cref="Code"/> is its short unique handle.</summary>
public sealed class StockLocation : AggregateRoot
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 200;

    public StockLocation(string code, string name)
    {
        Code = ValidCode(code);
        Name = ValidName(name);
    }

    // For EF Core materialization.
    private StockLocation()
    {
        Code = null!;
        Name = null!;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Customers may collect orders here.</summary>
    public bool Pickup { get; private set; }

    /// <summary>Orders may be shipped from here. Stored inverted, so rows from before the flag existed (false) still ship.</summary>
    public bool Shipping => !NoShipping;

    private bool NoShipping { get; set; }

    public void Rename(string name) => Name = ValidName(name);

    public void SetCapabilities(bool pickup, bool shipping)
    {
        Pickup = pickup;
        NoShipping = !shipping;
    }

    private static string ValidCode(string code)
    {
        var valid = !string.IsNullOrEmpty(code)
            && code.Length <= MaxCodeLength
            && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-');
        return valid
            ? code
            : throw new DomainException(
                InventoryErrorCodes.InvalidLocationCode,
                $"A location code uses upper-case letters, digits and '-' (at most {MaxCodeLength}), was '{code}'.");
    }

    private static string ValidName(string name) =>
        Guard.Text(name, MaxNameLength, InventoryErrorCodes.InvalidLocationName, "Location name");
}

namespace Headless.Domain.Ordering;

/// <summary>Human-friendly order numbers, HL-000123: a prefix and a counter padded to six digits (more when it grows).</summary>
public static class OrderNumber
{
    public const string Prefix = "HL-";
    public const int MaxLength = 24;

    public static string Format(long counter) =>
        counter > 0 ? $"{Prefix}{counter:D6}" : throw new ArgumentOutOfRangeException(nameof(counter), counter, "Order counters start at 1.");
}
